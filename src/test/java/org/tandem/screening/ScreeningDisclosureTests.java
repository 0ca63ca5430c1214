package org.tandem.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;

/**
 * Screenings, the registry and placements ask the decision point: results without answers
 * when only results are allowed, lists that drop what may not be seen, analysts refused
 * with the reason.
 */
@TandemTest
class ScreeningDisclosureTests {

	@LocalServerPort
	int port;

	@Test
	void probationWithConsentToResultsSeesTheResultButNotTheYouthsAnswers() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		ApiClient probation = new ApiClient(port).as("probation");
		UUID youth = ScreeningFixtures.youth(worker, TestData.youthOf(worker.agencyId(), probation.agencyId()));
		UUID screening = ScreeningFixtures.submitted(worker, youth,
				ScreeningFixtures.brief(ScreeningFixtures.briefAnswers("wh-1", "cr-1")));

		// On the team but without the youth's consent: refused with the explanation;
		// lists leave it out.
		Response refused = probation.get("/api/v1/screenings/" + screening);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("T4102");
		assertThat(probation.get("/api/v1/youth/" + youth + "/screenings").code()).isEqualTo("T4102");
		assertThat(probation.get("/api/v1/youth/" + youth + "/timeline").body()).doesNotContain(screening.toString());

		Response consent = worker.post("/api/v1/youth/" + youth + "/consents",
				Map.of("decision", "GIVEN", "categories", List.of("SCREENING_RESULTS"), "recipientAgencyId",
						probation.agencyId(), "givenOn",
						LocalDate.now(java.time.ZoneId.of("America/Los_Angeles")).minusDays(1).toString()));
		assertThat(consent.status()).as(consent.toString()).isEqualTo(201);

		Response shown = probation.get("/api/v1/screenings/" + screening);
		assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
		assertThat(shown.json().path("level").asString()).isNotBlank();
		assertThat(shown.json().path("answers").size()).as("the youth's own words stay with the screening agencies")
			.isZero();
		assertThat(worker.get("/api/v1/screenings/" + screening).json().path("answers").size()).isPositive();
		assertThat(probation.get("/api/v1/youth/" + youth + "/screenings").json().size()).isEqualTo(1);
	}

	@Test
	void anAnalystIsRefusedYouthRecordsAndSearchWithTheReason() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youth = ScreeningFixtures.youth(worker, TestData.youthOf(worker.agencyId()));
		ApiClient analyst = new ApiClient(port).as("analyst");
		for (String path : List.of("/api/v1/youth/" + youth, "/api/v1/youth?q=a",
				"/api/v1/youth/" + youth + "/timeline", "/api/v1/screenings/due?scope=COUNTY")) {
			Response refused = analyst.get(path);
			assertThat(refused.status()).as(path + " " + refused).isEqualTo(403);
			assertThat(refused.code()).as(path).isEqualTo("T4105");
		}
	}

	@Test
	void whereTheYouthIsIsForTheTeamOnly() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youth = ScreeningFixtures.youth(worker, TestData.youthOf(worker.agencyId()));
		Response placed = worker.post("/api/v1/youth/" + youth + "/placements", Map.of("type", "FOSTER_HOME",
				"startedOn", LocalDate.now(java.time.ZoneId.of("America/Los_Angeles")).minusDays(10).toString()));
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);

		ApiClient clinician = new ApiClient(port).as("clinician");
		Response refused = clinician.get("/api/v1/youth/" + youth + "/placements");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("T4103");
		assertThat(clinician.get("/api/v1/placements/" + placed.id()).status()).isEqualTo(403);
		assertThat(clinician.get("/api/v1/youth/" + youth).status()).as("identity is county-wide").isEqualTo(200);
		assertThat(clinician.get("/api/v1/youth/" + youth + "/timeline").body()).doesNotContain(placed.id().toString());
	}

}
