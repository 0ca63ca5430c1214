package org.tandem.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

/**
 * The outcomes section of a youth's record in a real browser: observations recorded from
 * the keyboard, the chart drawn and the same values in its table, a value outside the
 * range refused with what was typed kept, a stage of change, and the section in Spanish;
 * checked for accessibility with axe-core.
 */
@TandemTest
class OutcomePageTests extends BrowserTests {

	@Test
	void aWorkerRecordsObservationsAndSeesTheTrajectory() {
		ApiClient api = new ApiClient(port).as("socialworker");
		UUID youthId = api.post("/api/v1/youth", TestData.youthOf(api.agencyId())).id();
		api.post("/api/v1/youth/" + youthId + "/outcome-observations",
				Map.of("measureId", "school-days-per-week", "value", 1, "observedOn", "2026-09-07"));
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			Locator outcomes = page.locator("#outcomes");
			assertThat(outcomes.locator("h2")).hasText("Outcomes");
			assertThat(outcomes.locator("h3#outcomes-EDUCATION")).hasText("Educational attainment");

			// from the keyboard: choose the measure, type the value and the day, send
			page.getByLabel("Measure *").focus();
			page.getByLabel("Measure *").selectOption(new SelectOption().setValue("school-days-per-week"));
			page.keyboard().press("Tab");
			page.keyboard().type("4");
			page.getByLabel("Date it describes *").fill("2026-09-14");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the observation"))
				.press("Enter");
			assertThat(outcomes.getByRole(AriaRole.STATUS)).hasText("Observation recorded.");

			Locator table = outcomes.locator("table", new Locator.LocatorOptions().setHas(
					page.locator("caption", new Page.LocatorOptions().setHasText("Values of Educational attainment"))));
			Locator rows = table.locator("tbody tr");
			assertThat(rows).hasCount(2);
			assertThat(rows.nth(1)).containsText("2026-09-14");
			assertThat(rows.nth(1)).containsText("+3");
			assertThat(rows.nth(1)).containsText("Improving");
			Locator chart = outcomes.locator("canvas[data-outcome-chart]").first();
			assertThat(chart).hasAttribute("data-drawn", "true");
			assertThat(chart).hasAttribute("aria-label",
					"Trajectory chart of Educational attainment; the same values are in the table below.");
			assertAccessible(page, "outcomes-observed");

			// outside the range: refused on its field, what was typed still there
			page.getByLabel("Measure *").selectOption(new SelectOption().setValue("school-days-per-week"));
			page.getByLabel("Value *").fill("9");
			page.getByLabel("Date it describes *").fill("2026-09-21");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the observation")).click();
			assertThat(outcomes.getByRole(AriaRole.ALERT)).hasText("The value must be from 0 to 7.");
			assertThat(page.getByLabel("Value *")).hasValue("9");
			assertThat(page.getByLabel("Value *")).hasAttribute("aria-invalid", "true");
			assertThat(page.getByLabel("Measure *")).hasValue("school-days-per-week");
			assertAccessible(page, "outcomes-refused");

			page.getByLabel("Concern *").fill("EXPLOITATION");
			page.getByLabel("Stage *").selectOption(new SelectOption().setValue("CONTEMPLATION"));
			page.getByLabel("Date assessed *").fill("2026-09-01");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the stage")).click();
			assertThat(outcomes.getByRole(AriaRole.STATUS)).hasText("Stage of change recorded.");
			Locator stages = outcomes.locator("table", new Locator.LocatorOptions()
				.setHas(page.locator("caption", new Page.LocatorOptions().setHasText("Stages of change over time"))));
			assertThat(stages.locator("tbody tr")).hasCount(1);
			assertThat(stages).containsText("Exploitation");
			assertThat(stages).containsText("Contemplation");
			assertAccessible(page, "outcomes-stage");
		}
	}

	@Test
	void theSectionSpeaksSpanish() {
		ApiClient api = new ApiClient(port).as("socialworker");
		UUID youthId = api.post("/api/v1/youth", TestData.youthOf(api.agencyId())).id();
		for (String[] value : List.of(new String[] { "5", "2026-10-01" }, new String[] { "2", "2026-10-08" })) {
			api.post("/api/v1/youth/" + youthId + "/outcome-observations",
					Map.of("measureId", "nights-out-per-week", "value", value[0], "observedOn", value[1]));
		}
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId + "?lang=es"));
			Locator outcomes = page.locator("#outcomes");
			assertThat(outcomes.locator("h2")).hasText("Resultados");
			assertThat(outcomes).containsText("Otras conductas de riesgo");
			assertThat(outcomes).containsText("Noches fuera sin avisar a nadie");
			assertThat(outcomes.locator("tbody tr").last()).containsText("Mejora");
			assertThat(page.getByLabel("Medida *")).isVisible();
			assertAccessible(page, "outcomes-es");
		}
	}

}
