package org.tandem.sharing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.platform.Tenancy;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision point through the API, as each demo user meets it: the youth's consent
 * given, expired, revoked and refused; prohibited purposes even in an emergency;
 * break-glass until it expires and its review; leaving the team; another county's youth.
 */
@TandemTest
class SharingApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	ApiClient as(String user) {
		return new ApiClient(port).as(user);
	}

	/** A youth with an open case at child welfare (the social worker's agency). */
	UUID youth() {
		Map<String, Object> body = TestData.youth();
		body.put("agencyIds", List.of(as("socialworker").agencyId()));
		Response created = as("socialworker").post("/api/v1/youth", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	/**
	 * The county's date: consents and determinations are dated on the county's calendar.
	 */
	private static LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("America/Los_Angeles"));
	}

	JsonNode access(ApiClient client, UUID youth, String category) {
		Response access = client.get("/api/v1/youth/" + youth + "/access");
		assertThat(access.status()).as(access.toString()).isEqualTo(200);
		return access.json().path(category);
	}

	Response consent(UUID youth, String decision, String category, String agencyId, String givenOn, String expiresOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("decision", decision);
		body.put("categories", List.of(category));
		body.put("recipientAgencyId", agencyId);
		body.put("givenOn", givenOn);
		body.put("expiresOn", expiresOn);
		body.put("witnessedBy", "Sam Social Worker");
		return as("socialworker").post("/api/v1/youth/" + youth + "/consents", body);
	}

	void probationJoins(UUID youth) {
		Response joined = as("supervisor").post("/api/v1/youth/" + youth + "/team",
				Map.of("agencyId", as("probation").agencyId()));
		assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
	}

	@Test
	void probationSeesCseStatusOnlyOnTheTeamAndWithTheYouthsConsentUntilItIsRevoked() {
		UUID youth = youth();
		ApiClient probation = as("probation");
		assertThat(access(as("socialworker"), youth, "CSE_STATUS").path("allowed").asBoolean()).isTrue();
		assertThat(access(probation, youth, "IDENTITY").path("allowed").asBoolean()).isTrue();

		JsonNode offTeam = access(probation, youth, "CSE_STATUS");
		assertThat(offTeam.path("allowed").asBoolean()).isFalse();
		assertThat(offTeam.path("code").asString()).isEqualTo("T4103");
		assertThat(offTeam.path("message").asString()).isEqualTo("Only while your agency is on the youth's team.");

		probationJoins(youth);
		probationJoins(youth); // idempotent
		assertThat(as("supervisor").get("/api/v1/youth/" + youth + "/team")
			.json()
			.findValues("agencyId")
			.stream()
			.filter(id -> id.asString().equals(probation.agencyId()))).hasSize(1);
		JsonNode noConsent = access(probation, youth, "CSE_STATUS");
		assertThat(noConsent.path("code").asString()).isEqualTo("T4102");
		String probationName = probation.me().path("agency").path("name").asString();
		assertThat(noConsent.path("message").asString())
			.isEqualTo("Requires the youth's consent to share with " + probationName + ".");
		Response denied = probation.header("Accept-Language", "es").get("/api/v1/youth/" + youth + "/access");
		assertThat(denied.json().path("CSE_STATUS").path("message").asString())
			.startsWith("Se requiere el consentimiento");

		Response given = consent(youth, "GIVEN", "CSE_STATUS", probation.agencyId(), today().toString(), null);
		assertThat(given.status()).as(given.toString()).isEqualTo(201);
		JsonNode allowed = access(probation, youth, "CSE_STATUS");
		assertThat(allowed.path("allowed").asBoolean()).isTrue();
		assertThat(allowed.path("basis").asString()).isEqualTo("CONSENT");
		assertThat(access(probation, youth, "SUBSTANCE_USE").path("allowed").asBoolean()).isFalse();

		Response revoked = as("socialworker").post("/api/v1/consents/" + given.id() + "/revoke",
				Map.of("reason", "The youth changed their mind"));
		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
		assertThat(revoked.json().path("active").asBoolean()).isFalse();
		assertThat(access(probation, youth, "CSE_STATUS").path("code").asString()).isEqualTo("T4102");
		Response again = as("socialworker").post("/api/v1/consents/" + given.id() + "/revoke",
				Map.of("reason", "twice"));
		assertThat(again.code()).isEqualTo("T4111");

		Response list = as("socialworker").get("/api/v1/youth/" + youth + "/consents");
		assertThat(list.json()).hasSize(1);
		assertThat(list.json().get(0).path("revocationReason").asString()).isEqualTo("The youth changed their mind");
	}

	@Test
	void anExpiredConsentNoLongerAllowsAndARefusalIsExplained() {
		UUID youth = youth();
		ApiClient probation = as("probation");
		probationJoins(youth);
		Response expired = consent(youth, "GIVEN", "CSE_STATUS", probation.agencyId(), today().minusDays(30).toString(),
				today().minusDays(2).toString());
		assertThat(expired.status()).as(expired.toString()).isEqualTo(201);
		assertThat(expired.json().path("active").asBoolean()).isFalse();
		assertThat(access(probation, youth, "CSE_STATUS").path("code").asString()).isEqualTo("T4102");

		Response refused = consent(youth, "REFUSED", "CSE_STATUS", probation.agencyId(), today().toString(), null);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(201);
		JsonNode explained = access(probation, youth, "CSE_STATUS");
		assertThat(explained.path("code").asString()).isEqualTo("T4106");
		assertThat(explained.path("message").asString()).contains("refused").contains(today().toString());
	}

	@Test
	void theYouthsChoicesRefuseBadInputOnTheField() {
		UUID youth = youth();
		Response noRecipient = consent(youth, "GIVEN", "CSE_STATUS", null, null, null);
		assertThat(noRecipient.status()).isEqualTo(400);
		assertThat(noRecipient.code()).isEqualTo("T4107");
		assertThat(noRecipient.json().path("errors").get(0).path("field").asString()).isEqualTo("recipientAgencyId");

		String agency = as("probation").agencyId();
		Response inverted = consent(youth, "GIVEN", "CSE_STATUS", agency, "2026-01-10", "2026-01-01");
		assertThat(inverted.code()).isEqualTo("T4108");
		assertThat(inverted.json().path("errors").get(0).path("field").asString()).isEqualTo("expiresOn");

		Response unknown = consent(youth, "GIVEN", "GOSSIP", agency, null, null);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.code()).isEqualTo("T1013");
		assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("categories[0]");

		Response notOnTeam = as("probation").post("/api/v1/youth/" + youth + "/consents",
				Map.of("decision", "GIVEN", "categories", List.of("CSE_STATUS"), "recipientAgencyId", agency));
		assertThat(notOnTeam.status()).isEqualTo(403);
		assertThat(notOnTeam.code()).isEqualTo("T4123");
	}

	@Test
	void aProhibitedPurposeIsRefusedEvenWithBreakGlass() {
		UUID youth = youth();
		ApiClient court = as("socialworker").header("Tandem-Purpose", "COURT");
		JsonNode prohibited = access(court, youth, "CSE_STATUS");
		assertThat(prohibited.path("code").asString()).isEqualTo("T4104");
		assertThat(prohibited.path("message").asString()).isEqualTo("May not be used for court proceedings.");
		Response glass = court.post("/api/v1/youth/" + youth + "/break-glass",
				Map.of("reason", "Hearing this afternoon, need the history"));
		assertThat(glass.status()).as(glass.toString()).isEqualTo(201);
		assertThat(access(court, youth, "CSE_STATUS").path("code").asString()).isEqualTo("T4104");
		assertThat(access(court, youth, "MDT_MINUTES").path("code").asString()).isEqualTo("T4104");
		// court and legal status is not protected that way
		assertThat(access(court, youth, "COURT_LEGAL").path("allowed").asBoolean()).isTrue();
	}

	@Test
	void breakGlassOpensTheEmergencyCategoriesUntilItExpiresAndWaitsForReview() {
		UUID youth = youth();
		ApiClient clinician = as("clinician");
		assertThat(access(clinician, youth, "SAFETY_PLAN").path("code").asString()).isEqualTo("T4103");
		Response short_ = clinician.post("/api/v1/youth/" + youth + "/break-glass", Map.of("reason", "urgent"));
		assertThat(short_.status()).isEqualTo(400);
		assertThat(short_.code()).isEqualTo("T4113");

		Response glass = clinician.post("/api/v1/youth/" + youth + "/break-glass",
				Map.of("reason", "Youth in crisis at the ER, need the safety plan"));
		assertThat(glass.status()).as(glass.toString()).isEqualTo(201);
		OffsetDateTime started = OffsetDateTime.parse(glass.json().path("startedAt").asString());
		OffsetDateTime expires = OffsetDateTime.parse(glass.json().path("expiresAt").asString());
		assertThat(expires).isEqualTo(started.plusHours(4));
		JsonNode opened = access(clinician, youth, "SAFETY_PLAN");
		assertThat(opened.path("allowed").asBoolean()).isTrue();
		assertThat(opened.path("basis").asString()).isEqualTo("BREAK_GLASS");
		// the screening answers are never opened in an emergency
		assertThat(access(clinician, youth, "SCREENING_ANSWERS").path("allowed").asBoolean()).isFalse();
		assertThat(as("admin").get("/api/v1/audit?youthId=" + youth)
			.json()
			.findValues("action")
			.stream()
			.map(JsonNode::asString)).contains("BREAK_GLASS", "BREAK_GLASS_USED");

		// an expired grant opens nothing (written with times in the past instead of
		// moving the clock)
		UUID other = youth();
		UUID county = UUID.fromString(clinician.me().path("county").path("id").asString());
		tenancy.inCounty(county,
				() -> jdbc
					.sql("""
							insert into break_glass (county_id, id, user_id, agency_id, youth_id, reason, started_at, expires_at)
							values (current_county(), ?, ?::uuid, ?::uuid, ?, 'Expired emergency access', now() - interval '5 hours',
							        now() - interval '1 hour')""")
					.params(UUID.randomUUID(), clinician.userId(), clinician.agencyId(), other)
					.update());
		assertThat(access(clinician, other, "SAFETY_PLAN").path("allowed").asBoolean()).isFalse();

		// listed for review by a supervisor of the same agency or a county administrator
		Response queue = as("admin").get("/api/v1/break-glass?unreviewed=true");
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.json().findValues("id").stream().map(JsonNode::asString)).contains(glass.id().toString());
		assertThat(as("supervisor").get("/api/v1/break-glass?unreviewed=true")
			.json()
			.findValues("id")
			.stream()
			.map(JsonNode::asString)).doesNotContain(glass.id().toString());
		assertThat(as("socialworker").get("/api/v1/break-glass").code()).isEqualTo("T4124");
		Response wrongAgency = as("supervisor").post("/api/v1/break-glass/" + glass.id() + "/review",
				Map.of("outcome", "JUSTIFIED"));
		assertThat(wrongAgency.code()).isEqualTo("T4124");
		Response badOutcome = as("admin").post("/api/v1/break-glass/" + glass.id() + "/review",
				Map.of("outcome", "MAYBE"));
		assertThat(badOutcome.code()).isEqualTo("T1013");
		Response reviewed = as("admin").post("/api/v1/break-glass/" + glass.id() + "/review",
				Map.of("outcome", "JUSTIFIED", "note", "Crisis confirmed by the ER"));
		assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
		assertThat(reviewed.json().path("reviewOutcome").asString()).isEqualTo("JUSTIFIED");
		assertThat(as("admin").post("/api/v1/break-glass/" + glass.id() + "/review", Map.of("outcome", "JUSTIFIED"))
			.code()).isEqualTo("T4115");
		assertThat(as("admin").get("/api/v1/break-glass?unreviewed=true")
			.json()
			.findValues("id")
			.stream()
			.map(JsonNode::asString)).doesNotContain(glass.id().toString());
		assertThat(as("analyst")
			.post("/api/v1/youth/" + youth + "/break-glass", Map.of("reason", "Curious about this youth's record"))
			.code()).isEqualTo("T4117");
	}

	@Test
	void leavingTheTeamEndsAccessAtOnce() {
		UUID youth = youth();
		ApiClient worker = as("socialworker");
		assertThat(access(worker, youth, "LOCATION").path("allowed").asBoolean()).isTrue();
		Response noReason = as("supervisor").post("/api/v1/youth/" + youth + "/team/" + worker.agencyId() + "/leave",
				Map.of("reason", " "));
		assertThat(noReason.code()).isEqualTo("T1012");
		Response left = as("supervisor").post("/api/v1/youth/" + youth + "/team/" + worker.agencyId() + "/leave",
				Map.of("reason", "Case closed"));
		assertThat(left.status()).as(left.toString()).isEqualTo(200);
		assertThat(access(worker, youth, "LOCATION").path("code").asString()).isEqualTo("T4103");
		assertThat(access(worker, youth, "IDENTITY").path("allowed").asBoolean()).isTrue();
		assertThat(as("supervisor")
			.post("/api/v1/youth/" + youth + "/team/" + worker.agencyId() + "/leave", Map.of("reason", "Again"))
			.code()).isEqualTo("T4118");
		assertThat(worker.post("/api/v1/youth/" + youth + "/team", Map.of("agencyId", worker.agencyId())).status())
			.isEqualTo(403);
		as("supervisor").post("/api/v1/youth/" + youth + "/team", Map.of("agencyId", worker.agencyId()));
		assertThat(access(worker, youth, "LOCATION").path("allowed").asBoolean()).isTrue();
	}

	@Test
	void analystsSeeNoIndividualYouthAndAdministratorsOnlyForAdministration() {
		UUID youth = youth();
		assertThat(as("analyst").get("/api/v1/youth/" + youth + "/access").code()).as("not even that the youth exists")
			.isEqualTo("T4105");
		ApiClient admin = as("admin").header("Tandem-Purpose", "ADMINISTRATION");
		assertThat(access(admin, youth, "SUBSTANCE_USE").path("allowed").asBoolean()).isTrue();
		assertThat(as("admin").header("Tandem-Purpose", "RESEARCH").get("/api/v1/youth/" + youth + "/access").code())
			.as("research is aggregate: no single youth")
			.isEqualTo("T4104");
	}

	@Test
	void anotherCountysYouthIsNotFound() {
		UUID youth = youth();
		ApiClient other = as("socialworker2");
		for (String path : List.of("/access", "/consents", "/team", "/disclosures")) {
			Response response = other.get("/api/v1/youth/" + youth + path);
			assertThat(response.status()).as(path + " " + response).isEqualTo(404);
		}
		Response glass = other.post("/api/v1/youth/" + youth + "/break-glass",
				Map.of("reason", "Looking for this youth"));
		assertThat(glass.status()).isEqualTo(404);
		assertThat(new ApiClient(port).get("/api/v1/youth/" + youth + "/access").status()).isEqualTo(401);
	}

	@Test
	void theAccountingListsWhoSawAndRecordedWhatWhenAndWhy() {
		ApiClient worker = as("socialworker");
		UUID youth = youth();
		assertThat(worker.get("/api/v1/youth/" + youth).status()).isEqualTo(200);
		assertThat(worker.get("/api/v1/youth/" + youth).status()).isEqualTo(200);
		Response placement = worker.post("/api/v1/youth/" + youth + "/placements",
				Map.of("type", "FOSTER_HOME", "startedOn", today().minusDays(3).toString()));
		assertThat(placement.status()).as(placement.toString()).isEqualTo(201);
		Response determination = worker.header("Tandem-Purpose", "IDENTIFICATION")
			.post("/api/v1/youth/" + youth + "/determinations",
					Map.of("kind", "SUSPECTED", "determinedAt", today().toString(), "source", "DISCLOSURE"));
		assertThat(determination.status()).as(determination.toString()).isEqualTo(201);
		as("clinician").post("/api/v1/youth/" + youth + "/break-glass",
				Map.of("reason", "Crisis call tonight, need the plan"));
		as("clinician").get("/api/v1/youth/" + youth + "/access");

		Response accounting = as("probation").get("/api/v1/youth/" + youth + "/disclosures");
		assertThat(accounting.status()).as(accounting.toString()).isEqualTo(200);
		JsonNode lines = accounting.json();
		String cws = worker.me().path("agency").path("name").asString();
		String mental = as("clinician").me().path("agency").path("name").asString();
		JsonNode line = line(lines, "YOUTH_CREATED");
		{
			// one line for what one person did with one kind of information on one day
			assertThat(line.path("category").asString()).isEqualTo("IDENTITY");
			assertThat(line.path("actions").values()).extracting(JsonNode::asString)
				.contains("YOUTH_CREATED", "YOUTH_VIEWED");
			assertThat(line.path("kinds").values()).extracting(JsonNode::asString).containsExactly("SAW", "RECORDED");
			assertThat(line.path("times").asInt()).isGreaterThanOrEqualTo(3);
			assertThat(line.path("agencyName").asString()).isEqualTo(cws);
			// the person by name, as a youth knows them, never by username
			assertThat(line.path("person").asString()).isEqualTo(worker.me().path("displayName").asString())
				.isNotEqualTo("socialworker");
			assertThat(line.path("purposes").values()).extracting(JsonNode::asString).contains("TREATMENT");
			assertThat(line.path("day").asString()).isEqualTo(today().toString());
		}
		assertThat(lines.values()).filteredOn(l -> l.path("actions").toString().contains("YOUTH_VIEWED")).hasSize(1);
		assertThat(line(lines, "PLACEMENT_RECORDED").path("category").asString()).isEqualTo("LOCATION");
		JsonNode status = line(lines, "DETERMINATION_RECORDED");
		assertThat(status.path("category").asString()).isEqualTo("CSE_STATUS");
		assertThat(status.path("purposes").values()).extracting(JsonNode::asString).containsExactly("IDENTIFICATION");
		JsonNode glass = line(lines, "BREAK_GLASS");
		assertThat(glass.path("emergency").asBoolean()).isTrue();
		assertThat(glass.path("agencyName").asString()).isEqualTo(mental);
		for (JsonNode used : lines) {
			if (used.path("actions").toString().contains("BREAK_GLASS_USED")) {
				assertThat(used.path("category").asString()).isNotBlank();
			}
		}
		// producing the accounting is itself accounted for
		assertThat(
				as("probation").get("/api/v1/youth/" + youth + "/disclosures").json().findValues("actions").toString())
			.contains("DISCLOSURES_VIEWED");
	}

	@Test
	void theAccountingShowsAReadThatWasRefused() {
		UUID youth = youth();
		Response refused = as("probation").get("/api/v1/youth/" + youth + "/determinations");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);

		JsonNode line = line(as("socialworker").get("/api/v1/youth/" + youth + "/disclosures").json(),
				"ACCESS_REFUSED");

		assertThat(line.path("category").asString()).isEqualTo("CSE_STATUS");
		assertThat(line.path("kinds").values()).extracting(JsonNode::asString).containsExactly("REFUSED");
		assertThat(line.path("person").asString()).isEqualTo(as("probation").me().path("displayName").asString());
	}

	private static JsonNode line(JsonNode lines, String action) {
		for (JsonNode line : lines) {
			if (line.path("actions").values().stream().anyMatch(a -> a.asString().equals(action))) {
				return line;
			}
		}
		throw new AssertionError("no " + action + " in " + lines);
	}

}
