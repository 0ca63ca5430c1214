package org.tandem.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.tandem.web.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * No crisis ends without its next meeting on a clock, and the crisis closes as its
 * answers are recorded: the protocol's meeting after a crisis is proposed to the lead
 * agency when the crisis starts; the safety plan and the mental-health evaluation close
 * their 72-hour tasks; the last 72-hour task done meets the stabilize clock.
 */
@TandemTest
class CrisisFollowUpTests {

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	@LocalServerPort
	int port;

	@Test
	void anImmediateCrisisProposesTheFirstMdtOfTheCrisisTeamDueInTenDaysToTheLead() {
		UUID youth = as("hotline").post("/api/v1/youth", TestData.youth()).id();
		OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).truncatedTo(ChronoUnit.SECONDS);
		Response recorded = as("hotline").post("/api/v1/hotline-reports", report(youth, received, "PROBATION"));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		String responseId = recorded.json().path("response").path("id").asString();

		ApiClient probation = as("probation");
		Response proposals = probation.get("/api/v1/mdt-proposals?agencyId=" + probation.agencyId());
		assertThat(proposals.status()).as(proposals.toString()).isEqualTo(200);
		List<JsonNode> ofYouth = proposals.json()
			.values()
			.stream()
			.filter(p -> p.path("youthId").asString().equals(youth.toString()))
			.toList();
		assertThat(ofYouth).as(proposals.toString()).hasSize(1);
		JsonNode proposal = ofYouth.get(0);
		assertThat(proposal.path("reason").asString()).isEqualTo("AFTER_CRISIS");
		assertThat(proposal.path("responseId").asString()).isEqualTo(responseId);
		assertThat(proposal.path("leadAgencyId").asString()).isEqualTo(probation.agencyId());
		assertThat(OffsetDateTime.parse(proposal.path("dueAt").asString()).toInstant())
			.isEqualTo(received.atZoneSameInstant(LOS_ANGELES).plusDays(10).toInstant());

		assertThat(PageSession.signedIn(port, "probation").get("/meetings").body())
			.contains("first meeting after an immediate crisis");
		assertThat(PageSession.signedIn(port, "admin").get("/admin/protocols").body())
			.contains("After an immediate crisis")
			.contains("First MDT of the crisis team");
	}

	@Test
	void theSafetyPlanAndTheMentalHealthEvaluationCloseTheirTasksAndTheLastTaskMeetsStabilize() {
		UUID youth = as("hotline").post("/api/v1/youth", TestData.youth()).id();
		OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(90).truncatedTo(ChronoUnit.SECONDS);
		Response recorded = as("hotline").post("/api/v1/hotline-reports", report(youth, received, "CHILD_WELFARE"));
		String responseId = recorded.json().path("response").path("id").asString();
		ApiClient worker = as("socialworker");

		Response plan = worker.post("/api/v1/youth/" + youth + "/safety-plans",
				Map.of("youthWords", "I want to stay with my aunt.", "youthParticipated", true));
		assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
		assertThat(taskStatus(worker, youth)).containsEntry("CRISIS_SAFETY_PLAN", "DONE");

		Map<String, Object> engagement = new HashMap<>();
		engagement.put("version", 0);
		engagement.put("engagedAt", received.plusMinutes(60).toString());
		engagement.put("temporaryPlacement", "Emergency shelter bed");
		for (String need : List.of("food", "shelter", "clothing", "rest", "humanitarianBag")) {
			engagement.put(need, true);
		}
		engagement.put("medicalCompletedAt", received.plusMinutes(70).toString());
		engagement.put("mentalHealthScheduledAt", received.plusMinutes(72).toString());
		engagement.put("mentalHealthCompletedAt", received.plusMinutes(80).toString());
		String path = "/api/v1/responses/" + responseId + "/engagement";
		Response saved = worker.put(path, engagement);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(OffsetDateTime.parse(saved.json().path("mentalHealthCompletedAt").asString()).toInstant())
			.isEqualTo(received.plusMinutes(80).toInstant());

		assertThat(taskStatus(worker, youth)).containsEntry("CRISIS_MENTAL_HEALTH_EVALUATION", "DONE")
			.containsEntry("CRISIS_PLACEMENT", "DONE")
			.containsEntry("CRISIS_BASIC_NEEDS", "DONE")
			.containsEntry("CRISIS_MEDICAL_EVALUATION", "DONE");
		JsonNode stabilize = clock(worker.get("/api/v1/responses/" + responseId).json(), "stabilize");
		assertThat(stabilize.path("state").asString()).isEqualTo("MET");
	}

	@Test
	void stabilizeRunsOnWhileATaskIsOpen() {
		UUID youth = as("hotline").post("/api/v1/youth", TestData.youth()).id();
		OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(90).truncatedTo(ChronoUnit.SECONDS);
		String responseId = as("hotline").post("/api/v1/hotline-reports", report(youth, received, "CHILD_WELFARE"))
			.json()
			.path("response")
			.path("id")
			.asString();
		ApiClient worker = as("socialworker");
		worker.post("/api/v1/youth/" + youth + "/safety-plans",
				Map.of("youthWords", "Later.", "youthParticipated", true));

		assertThat(taskStatus(worker, youth)).containsEntry("CRISIS_SAFETY_PLAN", "DONE")
			.containsEntry("CRISIS_MENTAL_HEALTH_EVALUATION", "OPEN");
		assertThat(clock(worker.get("/api/v1/responses/" + responseId).json(), "stabilize").path("state").asString())
			.isIn("RUNNING", "AMBER");
	}

	private ApiClient as(String user) {
		return new ApiClient(port).as(user);
	}

	private static Map<String, String> taskStatus(ApiClient worker, UUID youth) {
		Map<String, String> status = new HashMap<>();
		worker.get("/api/v1/youth/" + youth + "/tasks")
			.json()
			.forEach(task -> status.put(task.path("type").asString(), task.path("status").asString()));
		return status;
	}

	private static JsonNode clock(JsonNode response, String name) {
		for (JsonNode clock : response.path("clocks")) {
			if (clock.path("name").asString().equals(name)) {
				return clock;
			}
		}
		throw new AssertionError("no clock " + name + " in " + response);
	}

	private static Map<String, Object> report(UUID youth, OffsetDateTime receivedAt, String jurisdiction) {
		Map<String, Object> body = new HashMap<>();
		body.put("youthId", youth);
		body.put("receivedAt", receivedAt.toString());
		body.put("reporterKind", "LAW_ENFORCEMENT");
		body.put("concerns", "Found at a motel with an adult; she says she has nowhere to go.");
		body.put("speed", "IMMEDIATE_CRISIS");
		body.put("jurisdiction", jurisdiction);
		return body;
	}

}
