package org.tandem.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;

/**
 * Determinations and incidents over real HTTP: recorded dated and sourced, never
 * collapsed into one label, closed by a person, refused with their codes, and shown only
 * to the youth's team. Youth are made by the demo social worker (Child Welfare Services)
 * with the agencies each test names as involved.
 */
@TandemTest
class StatusApiTests {

	/** The demo county's calendar, in which a determination's day is counted. */
	private static final ZoneId COUNTY_ZONE = ZoneId.of("America/Los_Angeles");

	private static final List<String> BRIEF_ITEMS = List.of("wh-1", "wh-2", "wh-3", "wh-4", "cr-1", "cr-2", "cr-3",
			"cr-4", "ex-1", "ex-2", "ex-3", "ex-4");

	/**
	 * Agency (and user) ids of the demo users, by username; the same for the whole shared
	 * context.
	 */

	@LocalServerPort
	int port;

	ApiClient worker;

	@BeforeEach
	void signIn() {
		worker = as("socialworker");
	}

	// --- recording

	@Test
	void recordsADatedSourcedDeterminationInAnyLetterCase() {
		UUID youth = youthWith("socialworker");
		LocalDate on = today().minusDays(3);
		Map<String, Object> body = determination("suspected", on.toString(), "disclosure");
		body.put("note", "  told her counsellor  ");

		Response created = worker.post(determinations(youth), body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = created.id();
		assertThat(created.header("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/determinations/" + id));
		JsonNode json = created.json();
		assertThat(json.path("youthId").asString()).isEqualTo(youth.toString());
		assertThat(json.path("kind").asString()).isEqualTo("SUSPECTED");
		assertThat(json.path("source").asString()).isEqualTo("DISCLOSURE");
		assertThat(json.path("determinedOn").asString()).isEqualTo(on.toString());
		assertThat(json.path("state").asString()).isEqualTo("ACTIVE");
		assertThat(json.path("note").asString()).isEqualTo("told her counsellor");
		assertThat(json.path("determinedBy").asString()).isEqualTo(userId("socialworker"));
		assertThat(json.path("agencyId").asString()).isEqualTo(agencyId("socialworker"));
		assertThat(json.path("recordedAt").asString()).isNotBlank();
		assertThat(absent(json.path("closedOn"))).as("closedOn of %s", json).isTrue();
		assertThat(absent(json.path("lastKnownOn"))).as("lastKnownOn of %s", json).isTrue();
		assertThat(absent(json.path("screeningId"))).as("screeningId of %s", json).isTrue();

		Response list = worker.get(determinations(youth));
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().size()).isEqualTo(1);
		JsonNode listed = list.json().get(0);
		assertThat(listed.path("id").asString()).isEqualTo(id.toString());
		assertThat(listed.path("kind").asString()).isEqualTo("SUSPECTED");
		assertThat(listed.path("source").asString()).isEqualTo("DISCLOSURE");
		assertThat(listed.path("determinedOn").asString()).isEqualTo(on.toString());
		assertThat(listed.path("state").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void aDateTimeWithOffsetIsReadAsItsDayInTheCounty() {
		UUID youth = youthWith("socialworker");

		// 06:30 UTC on 1 March is 22:30 on 28 February in Los Angeles.
		Response utc = worker.post(determinations(youth),
				determination("AT_RISK", "2026-03-01T06:30:00Z", "CAREGIVER"));
		// Half past one in the night of the spring-forward change, with its offset.
		Response local = worker.post(determinations(youth),
				determination("SUSPECTED", "2026-03-08T01:30:00-08:00", "MEDICAL"));

		assertThat(utc.status()).as(utc.toString()).isEqualTo(201);
		assertThat(utc.json().path("determinedOn").asString()).isEqualTo("2026-02-28");
		assertThat(local.status()).as(local.toString()).isEqualTo(201);
		assertThat(local.json().path("determinedOn").asString()).isEqualTo("2026-03-08");
	}

	@Test
	void theThreeKindsStaySeparateRecordsEachActive() {
		UUID youth = youthWith("socialworker");

		UUID atRisk = recorded(worker, youth, determination("AT_RISK", today().minusDays(10).toString(), "OTHER"));
		UUID suspected = recorded(worker, youth,
				determination("SUSPECTED", today().minusDays(5).toString(), "DISCLOSURE"));

		JsonNode two = worker.get(determinations(youth)).json();
		assertThat(two.size()).as("AT_RISK then SUSPECTED: %s", two).isEqualTo(2);
		assertThat(byId(two, atRisk).path("kind").asString()).isEqualTo("AT_RISK");
		assertThat(byId(two, atRisk).path("state").asString()).isEqualTo("ACTIVE");
		assertThat(byId(two, suspected).path("kind").asString()).isEqualTo("SUSPECTED");
		assertThat(byId(two, suspected).path("state").asString()).isEqualTo("ACTIVE");

		UUID confirmed = recorded(worker, youth, determination("CONFIRMED", today().toString(), "COURT"));

		JsonNode three = worker.get(determinations(youth)).json();
		assertThat(three.size()).isEqualTo(3);
		assertThat(three.values()).extracting(d -> d.path("kind").asString())
			.containsExactlyInAnyOrder("AT_RISK", "SUSPECTED", "CONFIRMED");
		assertThat(three.values()).extracting(d -> d.path("state").asString()).containsOnly("ACTIVE");
		assertThat(byId(three, confirmed).path("source").asString()).isEqualTo("COURT");
		// The latest first.
		assertThat(three.values()).extracting(d -> d.path("id").asString())
			.containsExactly(confirmed.toString(), suspected.toString(), atRisk.toString());
	}

	@Test
	void aScreeningSourceNamesASubmittedScreeningOfTheSameYouth() {
		UUID youth = youthWith("socialworker");
		UUID screening = screened(youth);

		Map<String, Object> body = determination("AT_RISK", today().toString(), "SCREENING");
		body.put("screeningId", screening.toString());
		Response created = worker.post(determinations(youth), body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("source").asString()).isEqualTo("SCREENING");
		assertThat(created.json().path("screeningId").asString()).isEqualTo(screening.toString());
	}

	// --- refusals

	@Test
	void refusesADeterminationDatedInTheFuture() {
		UUID youth = youthWith("socialworker");

		Response tomorrow = worker.post(determinations(youth),
				determination("SUSPECTED", today().plusDays(1).toString(), "DISCLOSURE"));
		Response nextWeek = worker.post(determinations(youth), determination("AT_RISK",
				today().plusDays(7).atTime(12, 0).atZone(COUNTY_ZONE).toOffsetDateTime().toString(), "OTHER"));

		for (Response refused : List.of(tomorrow, nextWeek)) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.code()).isEqualTo("T7002");
			assertThat(fields(refused)).containsExactly("determinedAt");
		}
		assertThat(worker.get(determinations(youth)).json().size()).isZero();
	}

	@Test
	void refusesADeterminationOrAnIncidentDatedBeforeTheYouthWasBorn() {
		UUID youth = youthWith("socialworker");
		LocalDate beforeBirth = LocalDate.now().minusYears(14).minusDays(1);
		Map<String, Object> incident = incident(beforeBirth, null);
		incident.put("kinds", List.of("OTHER"));

		Response determination = worker.post(determinations(youth),
				determination("SUSPECTED", beforeBirth.toString(), "DISCLOSURE"));
		Response occurred = worker.post(incidents(youth), incident);

		assertThat(determination.status()).as(determination.toString()).isEqualTo(400);
		assertThat(determination.code()).isEqualTo("T7011");
		assertThat(fields(determination)).containsExactly("determinedAt");
		assertThat(occurred.status()).as(occurred.toString()).isEqualTo(400);
		assertThat(occurred.code()).isEqualTo("T7011");
		assertThat(fields(occurred)).containsExactly("occurredFrom");
		assertThat(worker.get(determinations(youth)).json().size()).isZero();
		assertThat(worker.get(incidents(youth)).json().size()).isZero();
	}

	@Test
	void refusesAConfirmationWithoutASource() {
		UUID youth = youthWith("socialworker");
		Map<String, Object> noSource = determination("CONFIRMED", today().toString(), null);
		Map<String, Object> blankSource = determination("CONFIRMED", today().toString(), " ");

		for (Map<String, Object> body : List.of(noSource, blankSource)) {
			Response refused = worker.post(determinations(youth), body);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.code()).isEqualTo("T7003");
			assertThat(fields(refused)).containsExactly("source");
		}
		assertThat(worker.get(determinations(youth)).json().size()).isZero();
	}

	@Test
	void refusesAnUnknownOrMissingKindAndAnUnknownSource() {
		UUID youth = youthWith("socialworker");

		Response unknown = worker.post(determinations(youth),
				determination("LABELLED", today().toString(), "DISCLOSURE"));
		Response missing = worker.post(determinations(youth), determination(null, today().toString(), "DISCLOSURE"));
		Response badSource = worker.post(determinations(youth),
				determination("SUSPECTED", today().toString(), "RUMOUR"));

		for (Response refused : List.of(unknown, missing)) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.code()).isEqualTo("T1013");
			assertThat(fields(refused)).containsExactly("kind");
		}
		assertThat(badSource.status()).as(badSource.toString()).isEqualTo(400);
		assertThat(badSource.code()).isEqualTo("T1013");
		assertThat(fields(badSource)).containsExactly("source");
		assertThat(worker.get(determinations(youth)).json().size()).isZero();
	}

	@Test
	void refusesAScreeningSourceWithoutAScreeningOrWithAnotherYouthsScreening() {
		UUID youth = youthWith("socialworker");
		UUID other = youthWith("socialworker");
		UUID othersScreening = screened(other);

		Map<String, Object> none = determination("SUSPECTED", today().toString(), "SCREENING");
		Map<String, Object> another = determination("SUSPECTED", today().toString(), "screening");
		another.put("screeningId", othersScreening.toString());
		Map<String, Object> unknown = determination("SUSPECTED", today().toString(), "SCREENING");
		unknown.put("screeningId", UUID.randomUUID().toString());

		for (Map<String, Object> body : List.of(none, another, unknown)) {
			Response refused = worker.post(determinations(youth), body);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.code()).isEqualTo("T7007");
			assertThat(fields(refused)).containsExactly("screeningId");
		}
		assertThat(worker.get(determinations(youth)).json().size()).isZero();
		assertThat(worker.get(determinations(other)).json().size()).isZero();
	}

	@Test
	void refusesADeterminationForAnUnknownYouth() {
		Response refused = worker.post(determinations(UUID.randomUUID()),
				determination("SUSPECTED", today().toString(), "DISCLOSURE"));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
		assertThat(refused.code()).isEqualTo("T3001");
	}

	/**
	 * BUG: texts longer than the database allows (note 2,000 characters, incident city
	 * 100) are not checked by the service, so the database's CHECK constraint refuses the
	 * row and the client gets 500 T1099 instead of a 400 naming the field.
	 */
	@Test
	void refusesTooLongTextsAsABadRequestNotAServerError() {
		UUID youth = youthWith("socialworker");
		Map<String, Object> longNote = determination("AT_RISK", today().toString(), "OTHER");
		longNote.put("note", "x".repeat(2001));
		Map<String, Object> longCity = incident(today().minusDays(1), null);
		longCity.put("kinds", List.of("OTHER"));
		longCity.put("locationCity", "y".repeat(101));

		Response note = worker.post(determinations(youth), longNote);
		Response city = worker.post(incidents(youth), longCity);

		assertThat(note.status()).as(note.toString()).isEqualTo(400);
		assertThat(fields(note)).containsExactly("note");
		assertThat(city.status()).as(city.toString()).isEqualTo(400);
		assertThat(fields(city)).containsExactly("locationCity");
		assertThat(worker.get(determinations(youth)).json().size()).isZero();
		assertThat(worker.get(incidents(youth)).json().size()).isZero();
	}

	// --- closing

	@Test
	void resolvingMarksTheConcernPastWithTheLastKnownOccurrenceOnce() {
		UUID youth = youthWith("socialworker");
		UUID id = recorded(worker, youth,
				determination("CONFIRMED", today().minusDays(20).toString(), "LAW_ENFORCEMENT"));
		LocalDate lastKnown = today().minusDays(12);
		LocalDate closedOn = today().minusDays(1);

		Response resolved = worker.post(resolve(id), Map.of("lastKnownOn", lastKnown.toString(), "closedOn",
				closedOn.toString(), "reason", "stable placement, no contact with exploiter"));

		assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
		JsonNode json = resolved.json();
		assertThat(json.path("id").asString()).isEqualTo(id.toString());
		assertThat(json.path("state").asString()).isEqualTo("RESOLVED");
		assertThat(json.path("kind").asString()).as("closing keeps the kind").isEqualTo("CONFIRMED");
		assertThat(json.path("lastKnownOn").asString()).isEqualTo(lastKnown.toString());
		assertThat(json.path("closedOn").asString()).isEqualTo(closedOn.toString());
		assertThat(json.path("closeReason").asString()).isEqualTo("stable placement, no contact with exploiter");
		JsonNode listed = byId(worker.get(determinations(youth)).json(), id);
		assertThat(listed.path("state").asString()).isEqualTo("RESOLVED");
		assertThat(listed.path("lastKnownOn").asString()).isEqualTo(lastKnown.toString());

		Response again = worker.post(resolve(id), Map.of("lastKnownOn", lastKnown.toString()));
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("T7004");
		Response ruleOut = worker.post(ruleOut(id), Map.of());
		assertThat(ruleOut.status()).as(ruleOut.toString()).isEqualTo(409);
		assertThat(ruleOut.code()).isEqualTo("T7004");
		assertThat(byId(worker.get(determinations(youth)).json(), id).path("state").asString()).isEqualTo("RESOLVED");
	}

	@Test
	void ruleOutClosesTodayByDefaultAndCannotBeUndone() {
		UUID youth = youthWith("socialworker");
		UUID ruled = recorded(worker, youth, determination("SUSPECTED", today().minusDays(2).toString(), "CAREGIVER"));
		UUID kept = recorded(worker, youth, determination("AT_RISK", today().minusDays(2).toString(), "CAREGIVER"));

		Response ruledOut = worker.post(ruleOut(ruled), Map.of("reason", "caregiver's account withdrawn"));

		assertThat(ruledOut.status()).as(ruledOut.toString()).isEqualTo(200);
		assertThat(ruledOut.json().path("state").asString()).isEqualTo("RULED_OUT");
		assertThat(ruledOut.json().path("closedOn").asString()).isEqualTo(today().toString());
		JsonNode list = worker.get(determinations(youth)).json();
		assertThat(byId(list, ruled).path("state").asString()).isEqualTo("RULED_OUT");
		assertThat(byId(list, kept).path("state").asString()).as("the other determination stays").isEqualTo("ACTIVE");

		Response resolveAfter = worker.post(resolve(ruled), Map.of("lastKnownOn", today().toString()));
		assertThat(resolveAfter.status()).as(resolveAfter.toString()).isEqualTo(409);
		assertThat(resolveAfter.code()).isEqualTo("T7004");
	}

	@Test
	void refusesClosingDatesOutOfOrderOrInTheFutureAndAnUnknownDetermination() {
		UUID youth = youthWith("socialworker");
		UUID id = recorded(worker, youth, determination("SUSPECTED", today().minusDays(5).toString(), "DISCLOSURE"));

		Response beforeDetermined = worker.post(resolve(id), Map.of("closedOn", today().minusDays(6).toString()));
		Response lastKnownAfterClosed = worker.post(resolve(id),
				Map.of("closedOn", today().minusDays(2).toString(), "lastKnownOn", today().minusDays(1).toString()));
		Response future = worker.post(resolve(id), Map.of("closedOn", today().plusDays(1).toString()));
		Response unknown = worker.post(resolve(UUID.randomUUID()), Map.of("lastKnownOn", today().toString()));

		assertThat(beforeDetermined.status()).as(beforeDetermined.toString()).isEqualTo(400);
		assertThat(beforeDetermined.code()).isEqualTo("T7008");
		assertThat(lastKnownAfterClosed.status()).as(lastKnownAfterClosed.toString()).isEqualTo(400);
		assertThat(lastKnownAfterClosed.code()).isEqualTo("T7008");
		assertThat(future.status()).as(future.toString()).isEqualTo(400);
		assertThat(future.code()).isEqualTo("T7002");
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("T7001");
		assertThat(byId(worker.get(determinations(youth)).json(), id).path("state").asString()).isEqualTo("ACTIVE");
	}

	// --- incidents

	@Test
	void recordsAnIncidentAndLinksItToADetermination() {
		UUID youth = youthWith("socialworker");
		Map<String, Object> body = incident(today().minusDays(30), today().minusDays(20));
		body.put("approximate", true);
		body.put("locationCity", "Fresno");
		body.put("sourceTypes", List.of("third_party_exploiter"));
		body.put("kinds", List.of("COMMERCIAL_SEX", "pornography"));

		Response created = worker.post(incidents(youth), body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID incident = created.id();
		assertThat(created.json().path("sourceTypes").values()).extracting(JsonNode::asString)
			.containsExactly("THIRD_PARTY_EXPLOITER");
		assertThat(created.json().path("kinds").values()).extracting(JsonNode::asString)
			.containsExactly("COMMERCIAL_SEX", "PORNOGRAPHY");
		assertThat(created.json().path("approximate").asBoolean()).isTrue();

		Map<String, Object> suspicion = determination("SUSPECTED", today().toString(), "DISCLOSURE");
		suspicion.put("incidentIds", List.of(incident.toString()));
		Response determined = worker.post(determinations(youth), suspicion);
		assertThat(determined.status()).as(determined.toString()).isEqualTo(201);
		assertThat(determined.json().path("incidentIds").values()).extracting(JsonNode::asString)
			.containsExactly(incident.toString());

		JsonNode listed = worker.get(incidents(youth)).json();
		assertThat(listed.size()).isEqualTo(1);
		assertThat(listed.get(0).path("id").asString()).isEqualTo(incident.toString());
		assertThat(listed.get(0).path("locationCity").asString()).isEqualTo("Fresno");
		assertThat(listed.get(0).path("determinationIds").values()).extracting(JsonNode::asString)
			.containsExactly(determined.id().toString());
	}

	@Test
	void refusesAnIncidentWithoutATypeAndSavesNothing() {
		UUID youth = youthWith("socialworker");
		recordedIncident(youth);
		JsonNode before = worker.get(incidents(youth)).json();

		Map<String, Object> noType = incident(today().minusDays(3), null);
		Map<String, Object> blankTypes = incident(today().minusDays(3), null);
		blankTypes.put("sourceTypes", List.of(" "));
		blankTypes.put("kinds", List.of());

		for (Map<String, Object> body : List.of(noType, blankTypes)) {
			Response refused = worker.post(incidents(youth), body);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.code()).isEqualTo("T7005");
		}
		assertThat(worker.get(incidents(youth)).json()).as("incidents unchanged").isEqualTo(before);
	}

	@Test
	void refusesAnIncidentEndingBeforeItStartsOrOfAnUnknownType() {
		UUID youth = youthWith("socialworker");

		Map<String, Object> inverted = incident(today().minusDays(3), today().minusDays(5));
		inverted.put("kinds", List.of("COMMERCIAL_SEX"));
		Map<String, Object> unknownKind = incident(today().minusDays(3), null);
		unknownKind.put("kinds", List.of("SOMETHING_ELSE"));
		Map<String, Object> future = incident(today().plusDays(2), null);
		future.put("kinds", List.of("OTHER"));

		Response invertedRefused = worker.post(incidents(youth), inverted);
		Response unknownRefused = worker.post(incidents(youth), unknownKind);
		Response futureRefused = worker.post(incidents(youth), future);

		assertThat(invertedRefused.status()).as(invertedRefused.toString()).isEqualTo(400);
		assertThat(invertedRefused.code()).isEqualTo("T7008");
		assertThat(fields(invertedRefused)).containsExactly("occurredTo");
		assertThat(unknownRefused.status()).as(unknownRefused.toString()).isEqualTo(400);
		assertThat(unknownRefused.code()).isEqualTo("T1013");
		assertThat(futureRefused.status()).as(futureRefused.toString()).isEqualTo(400);
		assertThat(futureRefused.code()).isEqualTo("T7002");
		assertThat(worker.get(incidents(youth)).json().size()).isZero();
	}

	@Test
	void refusesADeterminationOnAnotherYouthsIncident() {
		UUID youth = youthWith("socialworker");
		UUID other = youthWith("socialworker");
		UUID othersIncident = recordedIncident(other);

		Map<String, Object> body = determination("SUSPECTED", today().toString(), "DISCLOSURE");
		body.put("incidentIds", List.of(othersIncident.toString()));
		Response refused = worker.post(determinations(youth), body);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
		assertThat(refused.code()).isEqualTo("T7009");
		assertThat(worker.get(determinations(youth)).json().size()).isZero();
	}

	// --- who may see and record

	@Test
	void anAdvocateOnTheTeamSeesTheStatusButProbationNeedsTheYouthsConsent() {
		// The disclosure rules (not the old fixed list) decide: survivor advocates on the
		// team see the
		// status; probation on the team only with the youth's consent, and writes nothing
		// it may not see.
		UUID youth = youthWith("socialworker", "advocate", "probation");
		recorded(worker, youth, determination("SUSPECTED", today().toString(), "DISCLOSURE"));
		recordedIncident(youth);

		Response advocate = as("advocate").get(determinations(youth));
		assertThat(advocate.status()).as(advocate.toString()).isEqualTo(200);
		assertThat(advocate.json().size()).isEqualTo(1);
		assertThat(as("advocate").get(incidents(youth)).json().size()).isEqualTo(1);

		ApiClient probation = as("probation");
		Response refused = probation.get(determinations(youth));
		assertRestricted(refused);
		assertThat(refused.code()).isEqualTo("T4102");
		assertRestricted(probation.get(incidents(youth)));
		Map<String, Object> incident = incident(today().minusDays(1), null);
		incident.put("kinds", List.of("OTHER"));
		assertRestricted(probation.post(incidents(youth), incident));
		assertThat(worker.get(incidents(youth)).json().size()).as("nothing recorded by probation").isEqualTo(1);
	}

	@Test
	void aClinicianSeesTheStatusOnlyWhenBehaviouralHealthIsInvolved() {
		UUID withoutBh = youthWith("socialworker");
		UUID withBh = youthWith("socialworker", "clinician");
		UUID suspicion = recorded(worker, withoutBh, determination("SUSPECTED", today().toString(), "DISCLOSURE"));
		recorded(worker, withBh, determination("SUSPECTED", today().toString(), "DISCLOSURE"));
		ApiClient clinician = as("clinician");

		Response refused = clinician.get(determinations(withoutBh));
		assertRestricted(refused);
		assertThat(refused.body()).doesNotContain("SUSPECTED").doesNotContain(suspicion.toString());
		assertRestricted(clinician.get(incidents(withoutBh)));
		assertRestricted(clinician.post(resolve(suspicion), Map.of("lastKnownOn", today().toString())));
		assertThat(byId(worker.get(determinations(withoutBh)).json(), suspicion).path("state").asString())
			.isEqualTo("ACTIVE");

		Response allowed = clinician.get(determinations(withBh));
		assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
		assertThat(allowed.json().size()).isEqualTo(1);
		Response recordedByClinician = clinician.post(determinations(withBh),
				determination("AT_RISK", today().toString(), "MEDICAL"));
		assertThat(recordedByClinician.status()).as(recordedByClinician.toString()).isEqualTo(201);
		assertThat(recordedByClinician.json().path("agencyId").asString()).isEqualTo(agencyId("clinician"));
		assertThat(clinician.get(incidents(withBh)).status()).isEqualTo(200);

		// Recording a determination puts the recorder's agency on the youth's team: from
		// then on it sees the status.
		assertThat(clinician.post(determinations(withoutBh), determination("AT_RISK", today().toString(), "MEDICAL"))
			.status()).isEqualTo(201);
		assertThat(clinician.get(determinations(withoutBh)).json().size()).isEqualTo(2);
	}

	@Test
	void theYouthsTeamIsItsInvolvedAgenciesNotWhoeverRegisteredIt() {
		// Registered by the social worker, but only probation and public health are
		// involved.
		UUID youth = youthWith("probation", "nurse");
		ApiClient probation = as("probation");

		UUID id = recorded(probation, youth, determination("SUSPECTED", today().toString(), "LAW_ENFORCEMENT"));
		Response nurse = as("nurse").get(determinations(youth));
		assertThat(nurse.status()).as(nurse.toString()).isEqualTo(200);
		assertThat(nurse.json().size()).isEqualTo(1);

		assertRestricted(worker.get(determinations(youth)));
		assertRestricted(as("clinician").get(determinations(youth)));
		assertRestricted(worker.post(ruleOut(id), Map.of()));
	}

	@Test
	void aCountyAdministratorSeesEveryYouthsStatus() {
		UUID youth = youthWith("clinician");
		ApiClient admin = as("admin");

		Response recorded = admin.post(determinations(youth), determination("AT_RISK", today().toString(), "OTHER"));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		Response list = admin.get(determinations(youth));
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().size()).isEqualTo(1);
		assertThat(admin.get(incidents(youth)).status()).isEqualTo(200);
		Response resolved = admin.post(resolve(recorded.id()), Map.of("lastKnownOn", today().toString()));
		assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
	}

	@Test
	void anotherCountysWorkerFindsNeitherTheYouthNorTheDetermination() {
		UUID youth = youthWith("socialworker");
		UUID id = recorded(worker, youth, determination("SUSPECTED", today().toString(), "DISCLOSURE"));
		ApiClient other = as("socialworker2");

		for (Response response : List.of(other.get(determinations(youth)), other.get(incidents(youth)),
				other.post(determinations(youth), determination("AT_RISK", today().toString(), "OTHER")))) {
			assertThat(response.status()).as(response.toString()).isEqualTo(404);
			assertThat(response.code()).isEqualTo("T3001");
		}
		Response close = other.post(resolve(id), Map.of("lastKnownOn", today().toString()));
		assertThat(close.status()).as(close.toString()).isEqualTo(404);
		assertThat(close.code()).isEqualTo("T7001");
		assertThat(worker.get(determinations(youth)).json().size()).isEqualTo(1);
		assertThat(byId(worker.get(determinations(youth)).json(), id).path("state").asString()).isEqualTo("ACTIVE");
	}

	// --- helpers

	private ApiClient as(String username) {
		return new ApiClient(port).as(username);
	}

	private String agencyId(String username) {
		return as(username).agencyId();
	}

	private String userId(String username) {
		return as(username).userId();
	}

	/**
	 * A new youth of Demo County, registered by the social worker, with these users'
	 * agencies involved.
	 */
	private UUID youthWith(String... involvedUsers) {
		Map<String, Object> body = TestData.youth(TestData.word(), TestData.word(), LocalDate.now().minusYears(14));
		List<String> agencies = new ArrayList<>();
		for (String user : involvedUsers) {
			String agency = agencyId(user);
			if (!agencies.contains(agency)) {
				agencies.add(agency);
			}
		}
		body.put("agencyIds", agencies);
		body.put("confirmNotDuplicate", true);
		Response created = worker.post("/api/v1/youth", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	/** A submitted brief screen of the youth, all answers NO. */
	private UUID screened(UUID youth) {
		Map<String, String> answers = new LinkedHashMap<>();
		BRIEF_ITEMS.forEach(item -> answers.put(item, "NO"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("instrumentId", "tandem-brief-screen");
		body.put("instrumentVersion", 1);
		body.put("answers", answers);
		body.put("sources", Map.of());
		body.put("scriptConfirmed", true);
		Response submitted = worker.post("/api/v1/youth/" + youth + "/screenings", body);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		return submitted.id();
	}

	private static Map<String, Object> determination(String kind, String determinedAt, String source) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (kind != null) {
			body.put("kind", kind);
		}
		if (determinedAt != null) {
			body.put("determinedAt", determinedAt);
		}
		if (source != null) {
			body.put("source", source);
		}
		return body;
	}

	private static Map<String, Object> incident(LocalDate from, LocalDate to) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("occurredFrom", from.toString());
		if (to != null) {
			body.put("occurredTo", to.toString());
		}
		return body;
	}

	private static UUID recorded(ApiClient client, UUID youth, Map<String, Object> body) {
		Response created = client.post(determinations(youth), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private UUID recordedIncident(UUID youth) {
		Map<String, Object> body = incident(today().minusDays(10), today().minusDays(9));
		body.put("kinds", List.of("COMMERCIAL_SEX"));
		Response created = worker.post(incidents(youth), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private static void assertRestricted(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		// the decision point's explanation: not on the youth's team, or the youth's
		// consent needed
		assertThat(response.code()).isIn("T4103", "T4102");
	}

	private static JsonNode byId(JsonNode list, UUID id) {
		for (JsonNode item : list) {
			if (item.path("id").asString().equals(id.toString())) {
				return item;
			}
		}
		throw new AssertionError(id + " not in " + list);
	}

	private static List<String> fields(Response problem) {
		List<String> fields = new ArrayList<>();
		problem.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		return fields;
	}

	private static boolean absent(JsonNode node) {
		return node.isMissingNode() || node.isNull();
	}

	private static LocalDate today() {
		return LocalDate.now(COUNTY_ZONE);
	}

	private static String determinations(UUID youth) {
		return "/api/v1/youth/" + youth + "/determinations";
	}

	private static String incidents(UUID youth) {
		return "/api/v1/youth/" + youth + "/incidents";
	}

	private static String resolve(UUID determination) {
		return "/api/v1/determinations/" + determination + "/resolve";
	}

	private static String ruleOut(UUID determination) {
		return "/api/v1/determinations/" + determination + "/rule-out";
	}

}
