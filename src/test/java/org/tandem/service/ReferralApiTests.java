package org.tandem.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Referrals close the loop: from a need of the plan to a provider of the directory, each
 * move dated, by whom and with a note; a move the states do not allow refused with the
 * allowed ones, a decline without its reason refused, and a referral for a need of a
 * category the reader may not see left out of their list.
 */
@TandemTest
class ReferralApiTests {

	@LocalServerPort
	int port;

	private ApiClient worker;

	private ApiClient probation;

	private UUID youthId;

	private String providerId;

	private String programId;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void youthWithAPlanAndAProvider() {
		worker = new ApiClient(port).as("socialworker");
		probation = new ApiClient(port).as("probation");
		Map<String, Object> youth = TestData.youth();
		youth.put("agencyIds", List.of(worker.agencyId(), probation.agencyId()));
		youthId = worker.post("/api/v1/youth", youth).id();
		Map<String, Object> plan = new HashMap<>();
		plan.put("needs", List.of(Map.of("code", "housing-placement", "goal", "Stay with my aunt"),
				Map.of("code", "mental-health", "goal", "Sleep without nightmares")));
		plan.put("youthParticipated", true);
		Response planned = worker.post("/api/v1/youth/" + youthId + "/service-plans", plan);
		assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
		Response provider = new ApiClient(port).as("admin").post("/api/v1/providers", DirectoryFixtures.provider());
		assertThat(provider.status()).as(provider.toString()).isEqualTo(201);
		providerId = provider.id().toString();
		programId = provider.json().path("programs").get(0).path("id").asString();
	}

	private Response refer(ApiClient client, String need, String provider, String program) {
		Map<String, Object> body = new HashMap<>();
		body.put("need", need);
		body.put("providerId", provider);
		if (program != null) {
			body.put("programId", program);
		}
		body.put("referredOn", today.minusDays(10).toString());
		return client.post("/api/v1/youth/" + youthId + "/referrals", body);
	}

	private Response move(ApiClient client, UUID referral, String to, String reason, String note) {
		Map<String, Object> body = new HashMap<>();
		body.put("to", to);
		body.put("on", today.minusDays(1).toString());
		if (reason != null) {
			body.put("reason", reason);
		}
		if (note != null) {
			body.put("note", note);
		}
		return client.post("/api/v1/referrals/" + referral + "/transitions", body);
	}

	@Test
	void aReferralGoesFromSentToCompletedEachMoveDatedByWhomWithANote() {
		Response made = refer(worker, "housing-placement", providerId, programId);
		assertThat(made.status()).as(made.toString()).isEqualTo(201);
		assertThat(made.json().path("state").asString()).isEqualTo("SENT");
		assertThat(made.json().path("programName").asString()).isEqualTo("Counselling");
		assertThat(made.json().path("history").get(0).path("to").asString()).isEqualTo("SENT");
		UUID id = made.id();

		assertThat(move(worker, id, "ACCEPTED", null, "Intake on Monday").status()).isEqualTo(200);
		assertThat(move(worker, id, "STARTED", null, null).status()).isEqualTo(200);
		Response completed = move(worker, id, "COMPLETED", null, "She finished the program");
		assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
		JsonNode history = completed.json().path("history");
		assertThat(history.values()).extracting(m -> m.path("from").asString("") + ">" + m.path("to").asString())
			.containsExactly(">SENT", "SENT>ACCEPTED", "ACCEPTED>STARTED", "STARTED>COMPLETED");
		assertThat(history.get(1).path("note").asString()).isEqualTo("Intake on Monday");
		assertThat(history.get(3).path("on").asString()).isEqualTo(today.minusDays(1).toString());
		assertThat(history.get(3).path("byName").asString()).isNotBlank();
		assertThat(history.get(3).path("byAgencyName").asString()).isNotBlank();

		Response ended = move(worker, id, "WITHDRAWN", null, null);
		assertThat(ended.status()).as("nothing follows a completed referral").isEqualTo(409);
		assertThat(ended.json().path("allowed").size()).isZero();

		Response listed = worker.get("/api/v1/youth/" + youthId + "/referrals");
		assertThat(listed.json().get(0).path("state").asString()).isEqualTo("COMPLETED");
		assertThat(listed.json().get(0).path("providerName").asString()).startsWith("Casa");
	}

	@Test
	void illegalMovesAndDeclinesWithoutAReasonAreRefusedOnTheirField() {
		UUID id = refer(worker, "housing-placement", providerId, null).id();
		Response skip = move(worker, id, "COMPLETED", null, null);
		assertThat(skip.status()).as(skip.toString()).isEqualTo(409);
		assertThat(skip.code()).isEqualTo("T9635");
		assertThat(fields(skip)).containsExactly("to");
		assertThat(skip.json().path("allowed").values()).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("ACCEPTED", "DECLINED", "WITHDRAWN");
		assertThat(skip.json().path("detail").asString()).contains("ACCEPTED");
		Response spanish = worker.header("Accept-Language", "es")
			.post("/api/v1/referrals/" + id + "/transitions", Map.of("to", "COMPLETED", "on", today.toString()));
		assertThat(spanish.json().path("detail").asString()).contains("no puede pasar a");

		Response noReason = move(worker, id, "DECLINED", null, "No beds");
		assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
		assertThat(noReason.code()).isEqualTo("T9636");
		assertThat(fields(noReason)).containsExactly("reason");
		Response declined = move(worker, id, "DECLINED", "NO_CAPACITY", "No beds until March");
		assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
		assertThat(declined.json().path("history").get(1).path("reason").asString()).isEqualTo("NO_CAPACITY");

		Response unknownNeed = refer(worker, "not-a-need", providerId, null);
		assertThat(unknownNeed.code()).isEqualTo("T9630");
		assertThat(fields(unknownNeed)).containsExactly("need");
		Response notInPlan = refer(worker, "education", providerId, null);
		assertThat(notInPlan.code()).isEqualTo("T9638");
		Response unknownProvider = refer(worker, "housing-placement", UUID.randomUUID().toString(), null);
		assertThat(unknownProvider.code()).isEqualTo("T9639");
		assertThat(fields(unknownProvider)).containsExactly("providerId");
		assertThat(move(worker, UUID.randomUUID(), "ACCEPTED", null, null).code()).isEqualTo("T9637");
	}

	@Test
	void aReferralForANeedTheReaderMayNotSeeIsLeftOut() {
		assertThat(refer(worker, "mental-health", providerId, null).status()).isEqualTo(201);
		assertThat(refer(worker, "housing-placement", providerId, null).status()).isEqualTo(201);
		assertThat(worker.get("/api/v1/youth/" + youthId + "/referrals").json().size()).isEqualTo(2);
		JsonNode seen = probation.get("/api/v1/youth/" + youthId + "/referrals").json();
		assertThat(seen.values()).extracting(r -> r.path("need").asString()).containsExactly("housing-placement");
		assertThat(refer(probation, "mental-health", providerId, null).status())
			.as("probation cannot refer for a need it may not see")
			.isIn(400, 403);
	}

	private static List<String> fields(Response problem) {
		List<String> fields = new ArrayList<>();
		problem.json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}

}
