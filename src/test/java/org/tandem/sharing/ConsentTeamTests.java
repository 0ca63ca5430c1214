package org.tandem.sharing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.county.Agencies;
import org.tandem.county.AgencyType;
import org.tandem.platform.Tenancy;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consent to an agency that is not on the youth's team: the answer says that it gives
 * nothing yet and what else is needed; a supervisor may add the agency to the team with
 * the consent, a line worker may not (only supervisors add agencies to a team); revoking
 * the consent takes the agency off the team again. A consent the county's rules never
 * honour for that agency says so.
 */
@TandemTest
class ConsentTeamTests {

	@LocalServerPort
	int port;

	@Autowired
	Tenancy tenancy;

	@Autowired
	Agencies agencies;

	ApiClient as(String user) {
		return new ApiClient(port).as(user);
	}

	private UUID youth() {
		ApiClient worker = as("socialworker");
		Response youth = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId()));
		assertThat(youth.status()).as(youth.toString()).isEqualTo(201);
		return youth.id();
	}

	private Response consent(ApiClient by, UUID youth, String category, String agencyId, boolean addToTeam) {
		return by.post("/api/v1/youth/" + youth + "/consents",
				Map.of("decision", "GIVEN", "categories", List.of(category), "recipientAgencyId", agencyId,
						"witnessedBy", "Survivor advocate", "addToTeam", addToTeam));
	}

	private static String said(Response answer) {
		return answer.json().path("outcome").path("messages").toString();
	}

	@Test
	void aConsentToAnAgencyOffTheTeamSaysWhatElseIsNeededAndASupervisorMayAddIt() {
		UUID youth = youth();
		ApiClient probation = as("probation");
		String probationName = probation.me().path("agency").path("name").asString();

		Response byWorker = consent(as("socialworker"), youth, "CSE_STATUS", probation.agencyId(), true);
		assertThat(byWorker.status()).as(byWorker.toString()).isEqualTo(201);
		assertThat(byWorker.json().path("outcome").path("team").asString()).isEqualTo("NEEDS_SUPERVISOR");
		assertThat(said(byWorker)).contains(probationName + " is not on the youth's team").contains("ask a supervisor");
		assertThat(
				probation.get("/api/v1/youth/" + youth + "/access").json().path("CSE_STATUS").path("code").asString())
			.as("the consent gives nothing off the team")
			.isEqualTo("T4103");
		Response spanish = as("socialworker").header("Accept-Language", "es")
			.post("/api/v1/youth/" + youth + "/consents", Map.of("decision", "GIVEN", "categories",
					List.of("CSE_STATUS"), "recipientAgencyId", probation.agencyId()));
		assertThat(said(spanish)).contains("no forma parte del equipo");

		Response notAdded = consent(as("supervisor"), youth, "CSE_STATUS", probation.agencyId(), false);
		assertThat(notAdded.json().path("outcome").path("team").asString()).isEqualTo("NOT_ON_TEAM");
		assertThat(member(youth, probation.agencyId())).isNull();

		Response added = consent(as("supervisor"), youth, "CSE_STATUS", probation.agencyId(), true);
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		assertThat(added.json().path("outcome").path("team").asString()).isEqualTo("JOINED_TEAM");
		JsonNode access = probation.get("/api/v1/youth/" + youth + "/access").json().path("CSE_STATUS");
		assertThat(access.path("allowed").asBoolean()).isTrue();
		assertThat(access.path("basis").asString()).isEqualTo("CONSENT");
		JsonNode member = member(youth, probation.agencyId());
		assertThat(member.path("source").asString()).isEqualTo("CONSENT");
		assertThat(member.path("sourceId").asString()).isEqualTo(added.id().toString());

		Response again = consent(as("socialworker"), youth, "SCREENING_RESULTS", probation.agencyId(), false);
		assertThat(again.json().path("outcome").path("team").asString()).isEqualTo("APPLIES_NOW");

		Response revoked = as("supervisor").post("/api/v1/consents/" + added.id() + "/revoke",
				Map.of("reason", "The youth withdrew it"));
		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
		assertThat(member(youth, probation.agencyId())).as("off the team with the consent that brought it").isNull();
		assertThat(probation.get("/api/v1/youth/" + youth + "/access").json().path("LOCATION").path("code").asString())
			.isEqualTo("T4103");
	}

	@Test
	void aConsentTheRulesNeverHonourForThatAgencySaysSo() {
		UUID youth = youth();
		UUID county = UUID.fromString(as("socialworker").me().path("county").path("id").asString());
		String school = tenancy.inCounty(county,
				() -> agencies.findAll()
					.stream()
					.filter(agency -> agency.type() == AgencyType.EDUCATION)
					.findFirst()
					.orElseThrow()
					.id()
					.toString());
		Response never = consent(as("socialworker"), youth, "CSE_STATUS", school, false);
		assertThat(never.status()).as(never.toString()).isEqualTo(201);
		assertThat(never.json().path("outcome").path("notSharedByRules").toString()).contains("CSE_STATUS");
		assertThat(said(never)).contains("never share");
		Response withConsent = consent(as("socialworker"), youth, "SUBSTANCE_USE", school, false);
		assertThat(withConsent.json().path("outcome").path("notSharedByRules").toString())
			.doesNotContain("SUBSTANCE_USE");
		assertThat(withConsent.json().path("outcome").path("team").asString()).as("asked by a line worker")
			.isEqualTo("NEEDS_SUPERVISOR");
	}

	/** The current team entry of the agency, or null. */
	private JsonNode member(UUID youth, String agencyId) {
		for (JsonNode member : as("supervisor").get("/api/v1/youth/" + youth + "/team").json()) {
			if (member.path("agencyId").asString().equals(agencyId) && member.path("current").asBoolean()) {
				return member;
			}
		}
		return null;
	}

}
