package org.tandem.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

/**
 * A safety plan written in the browser from the keyboard: rows added without a mouse, a
 * refused save that keeps everything typed, the saved version, its PDF for the caregiver
 * in Spanish, and the assessment another agency did shown instead of asked again; English
 * and Spanish pages are checked with axe.
 */
@TandemTest
class SafetyPlanJourneyTests extends BrowserTests {

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@Test
	void aWorkerWritesASafetyPlanAndPrintsItForTheCaregiver() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youthId = worker.post("/api/v1/youth", TestData.youth()).id();
		Map<String, Object> response = new HashMap<>();
		response.put("tier", "INITIAL_MDT");
		response.put("identifiedAt",
				ZonedDateTime
					.of(LocalDate.now(ZoneId.of("America/Los_Angeles")).minusDays(3), LocalTime.NOON,
							ZoneId.of("America/Los_Angeles"))
					.toOffsetDateTime()
					.toString());
		response.put("jurisdiction", "CHILD_WELFARE");
		org.assertj.core.api.Assertions.assertThat(
				new ApiClient(port).as("hotline").post("/api/v1/youth/" + youthId + "/responses", response).status())
			.isEqualTo(201);

		try (var context = browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true));
				Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			assertThat(page.locator("#assessment")).containsText("Due since");
			assertThat(page.locator("#safety-plan")).containsText("No safety plan yet.");
			page.locator("#safety-plan").getByText("Write a safety plan").click();

			assertThat(page.locator("h1")).hasText("Safety plan: new version");
			assertAccessible(page, "safety-plan-form");
			page.getByLabel("Risks to the youth, entry 1", EXACT).fill("Contact from the person who exploited her");
			Locator add = page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Add a row: Risks to the youth"));
			add.focus();
			page.keyboard().press("Enter");
			Locator second = page.getByLabel("Risks to the youth, entry 2", EXACT);
			assertThat(second).isFocused();
			page.keyboard().type("Staying out overnight");
			page.getByLabel("Trauma triggers, entry 1", EXACT).fill("Loud arguments");
			page.getByLabel("Who (agency, person or role)", EXACT).fill("Caregiver");
			page.getByLabel("Does what", EXACT).fill("Calls the social worker, then texts her: we want you home safe");
			page.getByLabel("The youth's own words", EXACT).fill("Quiero que mi mamá me acompañe.");
			page.getByLabel("Did not take part", EXACT).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as the next version"))
				.first()
				.click();

			assertThat(page.locator("#form-errors")).containsText("Say why the youth did not take part in the plan.");
			assertThat(page.getByLabel("Risks to the youth, entry 2", EXACT)).hasValue("Staying out overnight");
			assertThat(page.getByLabel("The youth's own words", EXACT)).hasValue("Quiero que mi mamá me acompañe.");
			assertThat(page.getByLabel("Did not take part", EXACT)).isChecked();
			assertAccessible(page, "safety-plan-form-refused");

			page.getByLabel("Why the youth did not take part", EXACT)
				.fill("She was asleep after a long night; reviewed with her tomorrow.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as the next version"))
				.first()
				.click();

			assertThat(page.locator("h1")).hasText("Safety plan, version 1");
			assertThat(page.locator("main")).containsText("Staying out overnight");
			assertThat(page.locator("main")).containsText("Calls the social worker");
			assertAccessible(page, "safety-plan-version");

			page.navigate(url("/youth/" + youthId));
			assertThat(page.locator("#safety-plan")).containsText("Version 1, saved");
			Download download = page.waitForDownload(
					() -> page.locator("#safety-plan").getByText("Print for the caregiver (Español)").click());
			org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("safety-plan-v1-es.pdf");
			assertAccessible(page, "safety-plan-section");

			page.navigate(url("/youth/" + youthId + "/safety-plan/new?lang=es"));
			assertThat(page.locator("h1")).hasText("Plan de seguridad: nueva versión");
			assertThat(page.getByLabel("Riesgos para el joven, entrada 2", EXACT)).hasValue("Staying out overnight");
			assertAccessible(page, "safety-plan-form-es");
			page.navigate(url("/youth/" + youthId + "?lang=en"));
		}
	}

}
