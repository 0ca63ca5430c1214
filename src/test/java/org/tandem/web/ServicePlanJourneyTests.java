package org.tandem.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.service.ServiceFixtures;

/**
 * A service plan written in the browser from the keyboard: the needs the assessment
 * suggests taken into the plan, a refused save that keeps everything typed, the saved
 * plan on the youth's record; English and Spanish pages checked with axe.
 */
@TandemTest
class ServicePlanJourneyTests extends BrowserTests {

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@Test
	void aWorkerTakesTheSuggestedNeedsIntoThePlan() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		Map<String, Object> youth = TestData.youth();
		youth.put("agencyIds", List.of(worker.agencyId()));
		UUID youthId = worker.post("/api/v1/youth", youth).id();
		Map<String, String> answers = ServiceFixtures.ratings();
		answers.put("hp-1", "IMMEDIATE_ACTION");
		answers.put("ew-4", "ACTION");
		Map<String, Object> assessment = new HashMap<>();
		assessment.put("instrumentId", "cse-needs-strengths");
		assessment.put("instrumentVersion", 1);
		assessment.put("answers", answers);
		assessment.put("scriptConfirmed", true);
		assessment.put("screenedOn", LocalDate.now(ZoneId.of("America/Los_Angeles")).minusDays(1).toString());
		Response assessed = worker.post("/api/v1/youth/" + youthId + "/screenings", assessment);
		org.assertj.core.api.Assertions.assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);

		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			assertThat(page.locator("#service-plan")).containsText("No service plan yet.");
			page.locator("#service-plan").getByText("Write a service plan").click();

			assertThat(page.locator("h1")).hasText("Service plan: new version");
			assertThat(page.locator("#suggestions")).containsText("Stability");
			assertAccessible(page, "service-plan-form");
			page.locator("#suggestions").getByLabel("Housing and placement").check();
			page.locator("#suggestions").getByLabel("Vocational and life skills").check();
			Locator add = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the chosen needs"));
			add.focus();
			page.keyboard().press("Enter");

			assertThat(page.getByLabel("Need", EXACT)).hasCount(2);
			assertThat(page.getByLabel("Need", EXACT).first()).hasValue("housing-placement");
			assertThat(page.locator("#suggestions")).containsText("Already in the plan");
			page.getByLabel("Goal in the youth's words", EXACT).first().fill("Stay with my aunt");
			page.getByLabel("Goal in the youth's words", EXACT).nth(1).fill("Un trabajo de verano");
			page.getByLabel("Priority", EXACT).first().selectOption("HIGH");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as the next version"))
				.first()
				.click();

			assertThat(page.locator("#form-errors")).containsText("youthParticipated");
			assertThat(page.getByLabel("Goal in the youth's words", EXACT).nth(1)).hasValue("Un trabajo de verano");
			assertThat(page.getByLabel("Priority", EXACT).first()).hasValue("HIGH");
			assertAccessible(page, "service-plan-form-refused");

			page.getByLabel("The youth took part", EXACT).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as the next version"))
				.first()
				.click();

			assertThat(page.locator("#service-plan")).containsText("Version 1, saved");
			assertThat(page.locator("#service-plan")).containsText("Housing and placement");
			assertThat(page.locator("#service-plan")).containsText("Un trabajo de verano");
			assertAccessible(page, "service-plan-section");

			page.navigate(url("/youth/" + youthId + "/service-plan/new?lang=es"));
			assertThat(page.locator("h1")).hasText("Plan de servicios: nueva versión");
			assertThat(page.getByLabel("Meta en palabras del joven", EXACT).first()).hasValue("Stay with my aunt");
			assertAccessible(page, "service-plan-form-es");
			page.navigate(url("/youth/" + youthId + "?lang=en"));
		}
	}

}
