package org.tandem.sharing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The youth's refusal of what the county's rules share without consent: where the rules
 * let the youth refuse (location, for probation), the refusal or a revoked consent wins
 * on the next request; where they do not (location, for child welfare, which answers for
 * the placement), the API says so with the legal basis before anything is saved, records
 * the refusal once the worker confirms having told the youth, and the youth's accounting
 * shows the basis beside what was seen despite it.
 */
@TandemTest
class RefusalApiTests {

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return new ApiClient(port).as(user);
	}

	private static String today() {
		return LocalDate.now(ZoneId.of("America/Los_Angeles")).toString();
	}

	/**
	 * A youth with an open case at child welfare, placed in a shelter, with probation on
	 * the team.
	 */
	private UUID placedYouthWithProbation() {
		ApiClient worker = as("socialworker");
		Response youth = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId()));
		assertThat(youth.status()).as(youth.toString()).isEqualTo(201);
		Response placed = worker.post("/api/v1/youth/" + youth.id() + "/placements", Map.of("type", "SHELTER_EMERGENCY",
				"startedOn", today(), "reasonForChange", "Safe house on Elm Street"));
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		Response joined = as("supervisor").post("/api/v1/youth/" + youth.id() + "/team",
				Map.of("agencyId", as("probation").agencyId()));
		assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
		return youth.id();
	}

	private Response choice(UUID youth, String decision, String category, String agencyId, Boolean acknowledge) {
		Map<String, Object> body = new HashMap<>();
		body.put("decision", decision);
		body.put("categories", List.of(category));
		body.put("recipientAgencyId", agencyId);
		body.put("witnessedBy", "Survivor advocate");
		if (acknowledge != null) {
			body.put("acknowledgeLegalBasis", acknowledge);
		}
		return as("socialworker").post("/api/v1/youth/" + youth + "/consents", body);
	}

	@Test
	void theYouthsRefusalStopsWhatTheRulesShareWithProbationOnTheNextRequest() {
		UUID youth = placedYouthWithProbation();
		ApiClient probation = as("probation");
		Response before = probation.get("/api/v1/youth/" + youth + "/placements");
		assertThat(before.status()).as(before.toString()).isEqualTo(200);
		assertThat(before.body()).contains("Elm Street");

		Response refused = choice(youth, "REFUSED", "LOCATION", probation.agencyId(), null);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(201);
		assertThat(refused.json().path("outcome").path("messages").toString()).contains("no longer sees");

		Response after = probation.get("/api/v1/youth/" + youth + "/placements");
		assertThat(after.status()).as(after.toString()).isEqualTo(403);
		assertThat(after.code()).isEqualTo("T4106");
		assertThat(after.body()).doesNotContain("Elm Street");
		assertThat(probation.get("/api/v1/youth/" + youth + "/access").json().path("LOCATION").path("code").asString())
			.isEqualTo("T4106");
		assertThat(as("socialworker").get("/api/v1/youth/" + youth + "/placements").status())
			.as("a refusal to probation is not one to child welfare")
			.isEqualTo(200);
	}

	@Test
	void aRevokedConsentStopsWhatTheRulesShareAsARefusalWould() {
		UUID youth = placedYouthWithProbation();
		ApiClient probation = as("probation");
		Response given = choice(youth, "GIVEN", "LOCATION", probation.agencyId(), null);
		assertThat(given.status()).as(given.toString()).isEqualTo(201);
		assertThat(given.json().path("outcome").path("messages").toString()).as("said: shared by rule anyway")
			.contains("already sees");

		Response revoked = as("socialworker").post("/api/v1/consents/" + given.id() + "/revoke",
				Map.of("reason", "The youth does not want probation to know where she stays"));
		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
		assertThat(revoked.json().path("outcome").path("messages").toString()).contains("no longer sees");
		Response after = probation.get("/api/v1/youth/" + youth + "/placements");
		assertThat(after.status()).as(after.toString()).isEqualTo(403);
		assertThat(after.code()).isEqualTo("T4106");
		JsonNode choices = as("socialworker").get("/api/v1/youth/" + youth + "/consents").json();
		assertThat(choices.findValues("decision").stream().map(JsonNode::asString)).containsExactlyInAnyOrder("GIVEN",
				"REFUSED");
	}

	@Test
	void aRefusalTheYouthMayNotMakeIsExplainedBeforeSavingAndTheAccountingShowsTheBasis() {
		UUID youth = placedYouthWithProbation();
		ApiClient worker = as("socialworker");
		Response warned = choice(youth, "REFUSED", "LOCATION", worker.agencyId(), null);
		assertThat(warned.status()).as(warned.toString()).isEqualTo(409);
		assertThat(warned.code()).isEqualTo("T4130");
		String basis = warned.json().path("legalBases").path("LOCATION").asString();
		assertThat(basis).contains("16501");
		assertThat(warned.json().path("detail").asString()).contains(basis);
		assertThat(warned.json().path("errors").get(0).path("field").asString()).isEqualTo("acknowledgeLegalBasis");
		assertThat(worker.get("/api/v1/youth/" + youth + "/consents").json()).as("nothing saved").isEmpty();
		Response spanish = worker.header("Accept-Language", "es")
			.post("/api/v1/youth/" + youth + "/consents", Map.of("decision", "REFUSED", "categories",
					List.of("LOCATION"), "recipientAgencyId", worker.agencyId()));
		assertThat(spanish.json().path("detail").asString()).startsWith("Las reglas del condado");

		Response recorded = choice(youth, "REFUSED", "LOCATION", worker.agencyId(), true);
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		assertThat(recorded.json().path("legalBases").path("LOCATION").asString()).isEqualTo(basis);
		assertThat(recorded.json().path("outcome").path("messages").toString()).contains("still sees");

		JsonNode location = worker.get("/api/v1/youth/" + youth + "/access").json().path("LOCATION");
		assertThat(location.path("allowed").asBoolean()).isTrue();
		assertThat(location.path("legalBasis").asString()).isEqualTo(basis);
		assertThat(worker.get("/api/v1/youth/" + youth + "/placements").status()).isEqualTo(200);

		JsonNode lines = as("supervisor").get("/api/v1/youth/" + youth + "/disclosures").json();
		boolean seenDespite = false;
		for (JsonNode line : lines) {
			boolean location_ = "LOCATION".equals(line.path("category").asString(""));
			if (location_ && line.path("kinds").toString().contains("SAW")
					&& line.path("legalBasis").asString("").equals(basis)) {
				seenDespite = true;
			}
			if (line.path("actions").toString().equals("[\"PLACEMENT_RECORDED\"]")) {
				assertThat(line.has("legalBasis")).as("recorded before the refusal").isFalse();
			}
		}
		assertThat(seenDespite).as("a line of the accounting names the basis: " + lines).isTrue();
	}

}
