package org.tandem.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Status on the youth's record: a resolved concern shows as past, never as a current
 * label; and someone outside the youth's team sees neither determinations nor incidents.
 */
@TandemTest
class StatusJourneyTests extends BrowserTests {

	@Test
	void aResolvedConcernShowsAsPastAndOutsidersSeeNoDetails() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		String agency = worker.get("/api/v1/me").json().path("agency").path("id").asString();
		Map<String, Object> body = TestData.youth();
		body.put("agencyIds", List.of(agency));
		UUID youthId = worker.post("/api/v1/youth", body).id();
		LocalDate today = LocalDate.now();
		UUID suspected = worker
			.post("/api/v1/youth/" + youthId + "/determinations",
					Map.of("kind", "SUSPECTED", "determinedAt", today.minusDays(30).toString(), "source", "DISCLOSURE"))
			.id();
		worker.post("/api/v1/youth/" + youthId + "/determinations",
				Map.of("kind", "AT_RISK", "determinedAt", today.minusDays(40).toString(), "source", "CAREGIVER"));
		worker.post("/api/v1/determinations/" + suspected + "/resolve",
				Map.of("lastKnownOn", today.minusDays(20).toString(), "closedOn", today.minusDays(2).toString()));
		worker.post("/api/v1/youth/" + youthId + "/incidents", Map.of("occurredFrom", today.minusDays(25).toString(),
				"approximate", true, "sourceTypes", List.of("ONLINE"), "kinds", List.of("COMMERCIAL_SEX")));

		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "socialworker", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			assertThat(page.locator("#status ul.determinations")).containsText("At risk");
			assertThat(page.locator("#status ul.determinations")).not().containsText("Suspected exploitation");
			assertThat(page.locator("#status")).containsText("Suspected exploitation: determined " + today.minusDays(30)
					+ "; last known " + today.minusDays(20) + "; resolved " + today.minusDays(2) + ".");
			assertThat(page.locator("#status table")).containsText("Online");
			assertAccessible(page, "youth-status");
		}
		try (var context = browser.newContext(); Page page = context.newPage()) {
			signIn(page, "advocate", TandemTest.PASSWORD);
			page.navigate(url("/youth/" + youthId));
			assertThat(page.locator("#status")).containsText("Only while your agency is on the youth's team.");
			assertThat(page.locator("#status")).not().containsText("Suspected");
			assertThat(page.locator("#timeline")).isVisible();
			assertThat(page.locator("#timeline")).not().containsText("Determination");
			assertThat(page.locator("#timeline")).not().containsText("Incident");
		}
	}

}
