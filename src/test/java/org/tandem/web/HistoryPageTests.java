package org.tandem.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

/**
 * The placements and runaway episodes section of a youth's record in a real browser
 * (headless Chromium, launched as the web journeys do): a move, a refused overlap that
 * keeps what was typed, a runaway episode and the return; checked for accessibility with
 * axe-core.
 */
@TandemTest
class HistoryPageTests extends BrowserTests {

	@Test
	void aWorkerRecordsAMoveAndARunawayEpisode() {
		UUID youthId = new ApiClient(port).as("socialworker")
			.post("/api/v1/youth", TestData.youthOf(new ApiClient(port).as("socialworker").agencyId()))
			.id();
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			Locator history = page.locator("#history");
			assertThat(history.locator("h2")).hasText("Placements and runaway episodes");
			assertThat(history).containsText("No placement recorded yet.");
			assertThat(history).containsText("No runaway or missing episode recorded.");
			assertAccessible(page, "history-empty");

			recordPlacement(page, "Foster home", "2025-01-10", "Placed after intake");
			assertThat(history.getByRole(AriaRole.STATUS)).hasText("Placement recorded.");
			assertThat(history).containsText("Foster home since 2025-01-10");

			// An overlapping placement is refused with the reason, and what was typed is
			// still there.
			recordPlacement(page, "Safe house", "2025-03-01", "Moved for safety");
			assertThat(history.getByRole(AriaRole.ALERT)).containsText("overlaps another placement");
			assertThat(page.getByLabel("Type of placement *")).hasValue("SAFE_HOUSE");
			assertThat(page.getByLabel("Start date *")).hasValue("2025-03-01");
			assertThat(page.getByLabel("Start date *")).hasAttribute("aria-invalid", "true");
			assertAccessible(page, "history-overlap");

			// The move: end the foster home, then the safe house from that day.
			page.getByLabel("End date *").fill("2025-03-01");
			page.getByLabel("Reason for the change").fill("Moved for safety");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End placement")).click();
			assertThat(history.getByRole(AriaRole.STATUS)).hasText("Placement ended.");
			recordPlacement(page, "Safe house", "2025-03-01", null);
			assertThat(history).containsText("Safe house since 2025-03-01");
			Locator rows = history.locator("table").first().locator("tbody tr");
			assertThat(rows).hasCount(2);
			assertThat(rows.nth(1)).containsText("Foster home");
			assertThat(rows.nth(1)).containsText("2025-03-01");

			// She runs away; the county is on Pacific time.
			page.getByLabel("When did the youth go missing? *").fill("2026-03-08T01:30");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the episode")).click();
			assertThat(history.getByRole(AriaRole.STATUS)).hasText("Episode recorded.");
			assertThat(history).containsText("Missing since 2026-03-08 01:30");
			assertThat(history).containsText("still missing");
			assertAccessible(page, "history-missing");

			page.getByLabel("When did the youth return? *").fill("2026-03-10T05:45");
			page.getByLabel("Yes").check();
			page.getByLabel("Where did the youth return to?").fill("The safe house");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the episode")).click();
			assertThat(history.getByRole(AriaRole.STATUS)).hasText("Return recorded; the episode is ended.");
			Locator episode = history.locator("table").nth(1).locator("tbody tr");
			assertThat(episode).hasCount(1);
			assertThat(episode).containsText("2026-03-08 01:30");
			assertThat(episode).containsText("2026-03-10 05:45");
			// 01:30 PST to 05:45 PDT: the clocks went forward an hour in between.
			assertThat(episode).containsText("2 days, 3 hours");
			assertThat(episode).containsText("The safe house");
			assertThat(history).not().containsText("Missing since");
			assertAccessible(page, "history-returned");
		}

		var episodes = new ApiClient(port).as("socialworker").get("/api/v1/youth/" + youthId + "/episodes").json();
		org.assertj.core.api.Assertions.assertThat(episodes.get(0).path("startedAt").asString())
			.isEqualTo("2026-03-08T01:30:00-08:00");
		org.assertj.core.api.Assertions.assertThat(episodes.get(0).path("timeAwayMinutes").asLong())
			.isEqualTo(2 * 24 * 60 + 3 * 60 + 15);
	}

	@Test
	void aReturnBeforeTheStartIsRefusedAndSpanishIsSpoken() {
		ApiClient api = new ApiClient(port).as("socialworker");
		UUID youthId = api.post("/api/v1/youth", TestData.youthOf(api.agencyId())).id();
		api.post("/api/v1/youth/" + youthId + "/episodes", Map.of("startedAt", "2026-04-01T22:00:00-07:00"));
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId + "?lang=es"));
			Locator history = page.locator("#history");
			assertThat(history.locator("h2")).hasText("Colocaciones y episodios de fuga");
			assertThat(history).containsText("Ausente desde el 2026-04-01 22:00");

			page.getByLabel("¿Cuándo regresó el joven? *").fill("2026-04-01T21:00");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerrar el episodio")).click();
			assertThat(history.getByRole(AriaRole.ALERT)).containsText("no puede regresar antes");
			assertThat(page.getByLabel("¿Cuándo regresó el joven? *")).hasValue("2026-04-01T21:00");
			assertAccessible(page, "history-es-refused");
		}
	}

	private static void recordPlacement(Page page, String type, String startedOn, String reason) {
		page.getByLabel("Type of placement *")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(type));
		page.getByLabel("Start date *").fill(startedOn);
		if (reason != null) {
			page.getByLabel("Reason for change", new Page.GetByLabelOptions().setExact(true)).fill(reason);
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the placement")).click();
	}

	/**
	 * Fails on any WCAG 2.1 A or AA violation axe-core finds; keeps a screenshot in
	 * target/screenshots.
	 */

}
