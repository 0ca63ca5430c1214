package org.tandem.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The meetings screens in a real browser: from the youth's response, schedule an initial
 * MDT (a refused submission keeps what was typed), read the confidentiality script,
 * record the minutes with an action item (a missing due date is shown at its field,
 * nothing typed is lost), and see the minutes, the task and the next proposed meeting;
 * checked with axe-core, in English and Spanish.
 */
@TandemTest
class MeetingPageTests extends BrowserTests {

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	@Test
	void aWorkerSchedulesAnInitialMdtAndRecordsItsMinutes() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youthId = worker.post("/api/v1/youth", TestData.youth()).id();
		String identified = LocalDateTime.now(LOS_ANGELES)
			.minusDays(2)
			.truncatedTo(ChronoUnit.MINUTES)
			.atZone(LOS_ANGELES)
			.toOffsetDateTime()
			.toString();
		UUID responseId = new ApiClient(port).as("hotline")
			.post("/api/v1/youth/" + youthId + "/responses",
					Map.of("tier", "INITIAL_MDT", "identifiedAt", identified, "jurisdiction", "CHILD_WELFARE"))
			.id();
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			page.locator("#responses")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Schedule a meeting"))
				.click();
			assertThat(page.locator("h1")).hasText("Schedule a meeting");
			assertThat(page.locator("main")).containsText("Substance Use Services");
			assertAccessible(page, "meeting-new");

			// No date: refused, and what was typed is still there.
			page.getByLabel("Where or how").fill("Video call, link sent by e-mail");
			page.getByLabel("Office of Education").check();
			page.getByLabel("Yes").check();
			page.getByLabel("Caregiver's name").fill("Rosa Example");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Say when the meeting takes place.");
			assertThat(page.getByLabel("Where or how")).hasValue("Video call, link sent by e-mail");
			assertThat(page.getByLabel("Office of Education")).isChecked();
			assertThat(page.getByLabel("Caregiver's name")).hasValue("Rosa Example");
			assertThat(page.getByLabel("Date and time *")).hasAttribute("aria-invalid", "true");
			assertAccessible(page, "meeting-new-refused");

			String twoHoursAgo = LocalDateTime.now(LOS_ANGELES)
				.minusHours(2)
				.truncatedTo(ChronoUnit.MINUTES)
				.toString();
			page.getByLabel("Date and time *").fill(twoHoursAgo);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Meeting scheduled");
			assertThat(page.locator("#script")).containsText("Before we start");
			assertThat(page.locator("main")).containsText("Rosa Example (caregiver");
			assertAccessible(page, "meeting-scheduled");

			// Minutes with an action item missing its due date: shown at the field,
			// nothing lost.
			page.getByLabel("The script was read at the start of the meeting").check();
			page.getByLabel("The youth attended").check();
			page.getByLabel("In the youth's own words").fill("I want to finish school.");
			page.getByLabel("Action item 1: what").fill("Enroll in the continuation school");
			page.getByLabel("Action item 1: owner agency")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Office of Education"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the minutes")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Every action item needs a due date.");
			assertThat(page.getByLabel("Action item 1: due date")).hasAttribute("aria-invalid", "true");
			assertThat(page.getByLabel("Action item 1: what")).hasValue("Enroll in the continuation school");
			assertThat(page.getByLabel("In the youth's own words")).hasValue("I want to finish school.");
			assertThat(page.getByLabel("The script was read at the start of the meeting")).isChecked();
			assertAccessible(page, "meeting-minutes-refused");

			// One more row, then the due date.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a row")).click();
			assertThat(page.getByLabel("Action item 3: what")).isVisible();
			assertThat(page.getByLabel("Action item 1: what")).hasValue("Enroll in the continuation school");
			page.getByLabel("Action item 1: due date").fill(LocalDate.now(LOS_ANGELES).plusDays(14).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the minutes")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Minutes recorded");
			assertThat(page.locator("main")).containsText("I want to finish school.");
			assertThat(page.locator("main")).containsText("Enroll in the continuation school");
			assertThat(page.locator("main")).containsText("The confidentiality script was read.");
			assertAccessible(page, "meeting-held");

			// The meetings page: the next ongoing MDT is proposed to the lead agency.
			page.navigate(url("/meetings"));
			assertThat(page.locator("h1")).hasText("MDT meetings");
			assertThat(page.locator("main")).containsText("The regular monthly meeting");
			assertAccessible(page, "meetings");
			page.navigate(url("/meetings?lang=es"));
			assertThat(page.locator("h1")).hasText("Reuniones del equipo multidisciplinario");
			assertAccessible(page, "meetings-es");

			// The youth's record lists the meeting; the task carries its title.
			page.navigate(url("/youth/" + youthId));
			assertThat(page.locator("#youth-meetings")).containsText("Celebrada");
			assertThat(page.locator("#tasks")).containsText("Enroll in the continuation school");
			assertAccessible(page, "youth-meetings-es");
		}
	}

}
