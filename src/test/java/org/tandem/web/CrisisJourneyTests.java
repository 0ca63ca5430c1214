package org.tandem.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The crisis path in a real browser, as the people who walk it: the hotline records a
 * report (a refused one keeps what was typed) and starts an immediate crisis; the child
 * welfare worker engages the youth within the 2 hours and sees the 72-hour tasks; the
 * team's initial MDT is scheduled and its minutes recorded with an action item, which
 * becomes a task; the safety plan is written with the youth and downloaded as a PDF for
 * the caregiver.
 */
@TandemTest
class CrisisJourneyTests extends BrowserTests {

	private static final ZoneId COUNTY = ZoneId.of("America/Los_Angeles");

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	private static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name);
	}

	private static String minutesAgo(long minutes) {
		return LocalDateTime.now(COUNTY).minusMinutes(minutes).withSecond(0).withNano(0).toString();
	}

	@Test
	void hotlineReportToCrisisToEngagementToInitialMdtToMinutesToSafetyPlanPdf() throws java.io.IOException {
		UUID youthId = new ApiClient(port).as("hotline")
			.post("/api/v1/youth", TestData.youth("Itzel", "Quintanilla", LocalDate.of(2011, 2, 3)))
			.id();

		try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "hotline", TandemTest.PASSWORD);
			page.getByRole(AriaRole.LINK, named("Hotline")).click();
			page.getByLabel("Where the youth is now").fill("Greyhound station");
			page.getByRole(AriaRole.BUTTON, named("Record the report and start the response")).click();
			assertThat(page.locator("#concerns-error")).isVisible();
			assertThat(page.locator("#youthId-error")).isVisible();
			assertThat(page.getByLabel("Where the youth is now")).hasValue("Greyhound station");
			assertAccessible(page, "hotline-refused");

			page.getByLabel("Find the youth: name, alias or date of birth").fill("Quintanilla");
			page.getByLabel("Quintanilla, Itzel · 2011-02-03").check();
			page.getByLabel("Report came in at").fill(minutesAgo(30));
			page.getByLabel("What was reported")
				.fill("A bus driver called: a girl of about 14 with an adult man who answers for her.");
			page.getByLabel("Immediate crisis", new Page.GetByLabelOptions().setExact(false)).first().check();
			page.getByLabel("Jurisdiction").selectOption("CHILD_WELFARE");
			page.getByRole(AriaRole.BUTTON, named("Record the report and start the response")).click();
			assertThat(page).hasURL(Pattern.compile(".*/youth/" + youthId + ".*"));
			assertThat(page.locator("#responses")).containsText("Immediate crisis, identified");
			assertThat(page.locator("#responses")).containsText("Child Welfare Services");
		}

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
				Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			assertThat(page.locator("#tasks")).containsText("First safety plan with the youth (within 72 hours)");
			assertThat(page.locator("#tasks")).containsText("Comprehensive medical evaluation (within 72 hours)");

			page.locator("#responses").getByText("Engagement and the first 72 hours").click();
			assertThat(page.locator("main")).containsText("Greyhound station");
			page.getByLabel("Engaged the youth at").fill(minutesAgo(5));
			page.getByLabel("Where", EXACT).fill("Greyhound station, bench by gate 4");
			page.getByLabel("Temporary placement").fill("Emergency shelter bed, Casa Segura");
			for (String need : new String[] { "Food", "Shelter", "Clothing", "Rest" }) {
				page.getByLabel(need, EXACT).check();
			}
			page.getByLabel("Humanitarian bag given (hygiene items, clothes, phone charger)").check();
			page.getByRole(AriaRole.BUTTON, named("Save")).click();
			assertThat(page.locator(".notice.ok")).isVisible();
			assertThat(page.locator("main li").first()).containsText("Met");
			assertAccessible(page, "engagement");

			page.navigate(url("/youth/" + youthId));
			Locator tasks = page.locator("#tasks");
			assertThat(tasks).containsText("Meet basic needs");
			assertThat(tasks.locator("tr", new Locator.LocatorOptions().setHasText("Meet basic needs")))
				.containsText("done");

			page.locator("#responses summary", new Page.LocatorOptions().setHasText("Start a response")).click();
			page.getByLabel("Initial MDT", new Page.GetByLabelOptions().setExact(false)).first().check();
			page.locator("#responses form button[type=submit]").last().click();
			assertThat(page.locator("#responses")).containsText("Initial MDT, identified");

			page.locator("#responses .response", new Page.LocatorOptions().setHasText("Initial MDT, identified"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Schedule a meeting"))
				.click();
			page.getByLabel("Date and time *").fill(minutesAgo(2));
			page.getByLabel("Where or how").fill("Family resource center, room 2");
			page.getByRole(AriaRole.BUTTON, named("Schedule")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Meeting scheduled");

			page.getByLabel("The script was read at the start of the meeting").check();
			page.getByLabel("The youth attended").check();
			page.getByLabel("In the youth's own words").fill("I want to stay at Casa Segura and go back to school.");
			page.getByLabel("Action item 1: what").fill("Enroll her at the continuation school");
			page.getByLabel("Action item 1: owner agency")
				.selectOption(new SelectOption().setLabel("Child Welfare Services"));
			page.getByLabel("Action item 1: due date").fill(LocalDate.now(COUNTY).plusDays(7).toString());
			page.getByRole(AriaRole.BUTTON, named("Record the minutes")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Minutes recorded");
			assertThat(page.locator("main")).containsText("I want to stay at Casa Segura and go back to school.");
			assertAccessible(page, "initial-mdt-minutes");

			page.navigate(url("/youth/" + youthId));
			assertThat(page.locator("#tasks")).containsText("Enroll her at the continuation school");
			assertThat(page.locator("#responses")).containsText("Met");

			page.locator("#safety-plan").getByText("Write a safety plan").click();
			page.getByLabel("Risks to the youth, entry 1", EXACT).fill("Contact from the man at the station");
			page.getByLabel("Trauma triggers, entry 1", EXACT).fill("Being told to hand over her phone");
			page.getByLabel("Who (agency, person or role)", EXACT).fill("Shelter staff");
			page.getByLabel("Does what", EXACT)
				.fill("Calls the social worker at once, then texts Itzel: we want you safe");
			page.getByLabel("The youth's own words", EXACT).fill("If I leave, text me, don't call.");
			page.getByLabel("Took part", EXACT).check();
			page.getByRole(AriaRole.BUTTON, named("Save as the next version")).first().click();
			assertThat(page.locator("h1")).hasText("Safety plan, version 1");

			page.navigate(url("/youth/" + youthId));
			Download pdf = page.waitForDownload(
					() -> page.locator("#safety-plan").getByText("Print for the caregiver (English)").click());
			org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("safety-plan-v1-en.pdf");
			try (var in = pdf.createReadStream()) {
				org.assertj.core.api.Assertions
					.assertThat(new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII))
					.isEqualTo("%PDF-");
			}
			assertAccessible(page, "youth-after-crisis-path");

			page.navigate(url("/clocks?scope=county"));
			assertThat(page.locator("main")).containsText("Stabilize: evaluations, placement, basic needs (72 hours)");
		}
	}

}
