package org.tandem.response;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
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
 * The hotline records a report and decides speed and jurisdiction; the response and its
 * clocks start from the time the report came in; the responder's engagement record meets
 * the 2-hour clock and closes the 72-hour tasks it answers.
 */
@TandemTest
class HotlineApiTests {

	@LocalServerPort
	int port;

	private ApiClient as(String user) {
		return new ApiClient(port).as(user);
	}

	private UUID youth() {
		return as("hotline").post("/api/v1/youth", TestData.youth()).id();
	}

	private static Map<String, Object> report(UUID youth, OffsetDateTime receivedAt, String speed,
			String jurisdiction) {
		Map<String, Object> body = new HashMap<>();
		body.put("youthId", youth);
		body.put("receivedAt", receivedAt.toString());
		body.put("reporterKind", "MANDATED_REPORTER");
		body.put("reporterName", "School counselor");
		body.put("youthLocation", "Bus station, Main St.");
		body.put("concerns", "Seen with an older adult who holds her phone; new clothes and hotel key cards.");
		body.put("speed", speed);
		body.put("jurisdiction", jurisdiction);
		return body;
	}

	private static OffsetDateTime minutesAgo(long minutes) {
		return OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS);
	}

	private static JsonNode clock(JsonNode response, String name) {
		for (JsonNode clock : response.path("clocks")) {
			if (clock.path("name").asString().equals(name)) {
				return clock;
			}
		}
		throw new AssertionError("no clock " + name + " in " + response);
	}

	private static Map<String, Object> engagement(int version) {
		Map<String, Object> body = new HashMap<>();
		body.put("version", version);
		return body;
	}

	@Test
	void anImmediateCrisisReportStartsBothClocksFromTheCallAndOpensTheSeventyTwoHourTasksForTheLead() {
		UUID youth = youth();
		OffsetDateTime received = minutesAgo(20);
		Response recorded = as("hotline").post("/api/v1/hotline-reports",
				report(youth, received, "IMMEDIATE_CRISIS", "PROBATION"));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		JsonNode response = recorded.json().path("response");
		assertThat(response.path("tier").asString()).isEqualTo("IMMEDIATE_CRISIS");
		assertThat(response.path("leadAgencyId").asString()).isEqualTo(as("probation").agencyId());
		assertThat(OffsetDateTime.parse(clock(response, "engage").path("dueAt").asString()).toInstant())
			.isEqualTo(received.plusHours(2).toInstant());
		assertThat(OffsetDateTime.parse(clock(response, "stabilize").path("dueAt").asString()).toInstant())
			.isEqualTo(received.plusHours(72).toInstant());

		String reportId = recorded.json().path("report").path("id").asString();
		// The report reveals a suspicion (CSE status): probation, though the lead on the
		// team, reads it
		// only with the youth's consent (the shipped disclosure rules).
		Response withoutConsent = as("probation").get("/api/v1/hotline-reports/" + reportId);
		assertThat(withoutConsent.status()).as(withoutConsent.toString()).isEqualTo(403);
		assertThat(withoutConsent.code()).isEqualTo("T4102");
		Map<String, Object> consent = new HashMap<>();
		consent.put("decision", "GIVEN");
		consent.put("categories", java.util.List.of("CSE_STATUS"));
		consent.put("recipientAgencyId", as("probation").agencyId());
		consent.put("givenOn", java.time.LocalDate.now(java.time.ZoneId.of("America/Los_Angeles")).toString());
		Response consented = as("probation").post("/api/v1/youth/" + youth + "/consents", consent);
		assertThat(consented.status()).as(consented.toString()).isEqualTo(201);
		Response read = as("probation").get("/api/v1/hotline-reports/" + reportId);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().path("concerns").asString()).contains("hotel key cards");
		assertThat(read.json().path("responseId").asString()).isEqualTo(response.path("id").asString());

		JsonNode tasks = as("probation").get("/api/v1/youth/" + youth + "/tasks").json();
		assertThat(tasks.values()).filteredOn(task -> task.path("type").asString().startsWith("CRISIS_"))
			.hasSize(5)
			.allSatisfy(task -> {
				assertThat(task.path("owner").path("agencyId").asString()).isEqualTo(as("probation").agencyId());
				assertThat(java.time.Instant.parse(task.path("dueAt").asString()))
					.isEqualTo(received.plusHours(72).toInstant());
			});
	}

	@Test
	void anInitialMdtReportStartsTheTenDayClockAndNoCrisisTasks() {
		UUID youth = youth();
		Response recorded = as("hotline").post("/api/v1/hotline-reports",
				report(youth, minutesAgo(5), "INITIAL_MDT", "UNKNOWN"));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		assertThat(recorded.json().path("response").path("leadAgencyId").asString())
			.isEqualTo(as("socialworker").agencyId());
		assertThat(clock(recorded.json().path("response"), "convene").path("state").asString()).isEqualTo("RUNNING");
		assertThat(as("socialworker").get("/api/v1/youth/" + youth + "/tasks").json().values())
			.noneMatch(task -> task.path("type").asString().startsWith("CRISIS_"));
		Response engagement = as("socialworker").put(
				"/api/v1/responses/" + recorded.json().path("response").path("id").asString() + "/engagement",
				engagement(0));
		assertThat(engagement.status()).isEqualTo(409);
		assertThat(engagement.code()).isEqualTo("T9507");
	}

	@Test
	void everyProblemOfAReportIsNamedOnItsFieldAndNothingStarts() {
		Map<String, Object> bad = new HashMap<>();
		bad.put("receivedAt", OffsetDateTime.now().plusDays(1).toString());
		bad.put("reporterKind", "NEIGHBOUR'S CAT");
		bad.put("concerns", " ");
		bad.put("speed", "ONGOING_MDT");
		bad.put("jurisdiction", "MARS");
		bad.put("youthLocation", "x".repeat(501));
		Response refused = as("hotline").post("/api/v1/hotline-reports", bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").values())
			.extracting(error -> error.path("field").asString() + ":" + error.path("code").asString())
			.containsExactlyInAnyOrder("youthId:T9501", "receivedAt:T7002", "reporterKind:T1013", "speed:T1013",
					"jurisdiction:T1013", "concerns:T9502", "youthLocation:T1011");
		assertThat(as("hotline").post("/api/v1/hotline-reports", Map.of("youthId", UUID.randomUUID())).status())
			.isEqualTo(400);
		Map<String, Object> unknownYouth = report(UUID.randomUUID(), minutesAgo(1), "INITIAL_MDT", "UNKNOWN");
		assertThat(as("hotline").post("/api/v1/hotline-reports", unknownYouth).code()).isEqualTo("T3001");
		assertThat(as("hotline").get("/api/v1/hotline-reports/" + UUID.randomUUID()).code()).isEqualTo("T9506");
	}

	@Test
	void engagementWithinTwoHoursMeetsTheClockAndClosesTheTasksItAnswers() {
		UUID youth = youth();
		OffsetDateTime received = minutesAgo(90);
		Response recorded = as("hotline").post("/api/v1/hotline-reports",
				report(youth, received, "IMMEDIATE_CRISIS", "CHILD_WELFARE"));
		String responseId = recorded.json().path("response").path("id").asString();
		String path = "/api/v1/responses/" + responseId + "/engagement";
		ApiClient worker = as("socialworker");
		assertThat(worker.get(path).json().path("version").asInt()).isZero();

		Map<String, Object> first = engagement(0);
		first.put("engagedAt", received.plusMinutes(75).toString());
		first.put("engagedWhere", "Bus station");
		first.put("food", true);
		first.put("shelter", true);
		first.put("clothing", true);
		first.put("rest", true);
		first.put("humanitarianBag", true);
		first.put("temporaryPlacement", "Emergency shelter bed, Casa Segura");
		Response saved = worker.put(path, first);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().path("version").asInt()).isEqualTo(1);

		JsonNode response = worker.get("/api/v1/responses/" + responseId).json();
		assertThat(clock(response, "engage").path("state").asString()).isEqualTo("MET");
		assertThat(clock(response, "stabilize").path("state").asString()).isIn("RUNNING", "AMBER");
		Map<String, String> taskStatus = new HashMap<>();
		worker.get("/api/v1/youth/" + youth + "/tasks")
			.json()
			.forEach(task -> taskStatus.put(task.path("type").asString(), task.path("status").asString()));
		assertThat(taskStatus).containsEntry("CRISIS_PLACEMENT", "DONE")
			.containsEntry("CRISIS_BASIC_NEEDS", "DONE")
			.containsEntry("CRISIS_MEDICAL_EVALUATION", "OPEN")
			.containsEntry("CRISIS_SAFETY_PLAN", "OPEN");

		Response stale = worker.put(path, first);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("T9508");

		Map<String, Object> second = new HashMap<>(first);
		second.put("version", 1);
		second.put("medicalScheduledAt", received.plusMinutes(80).toString());
		second.put("medicalCompletedAt", received.plusMinutes(85).toString());
		assertThat(worker.put(path, second).json().path("version").asInt()).isEqualTo(2);
		assertThat(worker.get("/api/v1/youth/" + youth + "/tasks").json().values()).anySatisfy(task -> {
			assertThat(task.path("type").asString()).isEqualTo("CRISIS_MEDICAL_EVALUATION");
			assertThat(task.path("status").asString()).isEqualTo("DONE");
		});
	}

	@Test
	void aLateEngagementNeedsItsReasonAndIsKeptOnlyWithIt() {
		UUID youth = youth();
		OffsetDateTime received = minutesAgo(300);
		String responseId = as("hotline")
			.post("/api/v1/hotline-reports", report(youth, received, "IMMEDIATE_CRISIS", "CHILD_WELFARE"))
			.json()
			.path("response")
			.path("id")
			.asString();
		String path = "/api/v1/responses/" + responseId + "/engagement";
		Map<String, Object> late = engagement(0);
		late.put("engagedAt", received.plusHours(4).toString());
		Response refused = as("socialworker").put(path, late);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("lateReason");
		assertThat(as("socialworker").get(path).json().path("version").asInt()).as("nothing half-saved").isZero();

		Map<String, Object> before = engagement(0);
		before.put("engagedAt", received.minusHours(1).toString());
		assertThat(as("socialworker").put(path, before).json().path("errors").get(0).path("code").asString())
			.isEqualTo("T9509");

		late.put("lateReason", "The youth had left the station; found at a friend's home at 4 a.m.");
		Response saved = as("socialworker").put(path, late);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(clock(as("socialworker").get("/api/v1/responses/" + responseId).json(), "engage").path("state")
			.asString()).isEqualTo("MET_LATE");
	}

	@Test
	void aMedicalEvaluationIsNotCompletedBeforeItWasScheduled() {
		UUID youth = youth();
		OffsetDateTime received = minutesAgo(180);
		String responseId = as("hotline")
			.post("/api/v1/hotline-reports", report(youth, received, "IMMEDIATE_CRISIS", "CHILD_WELFARE"))
			.json()
			.path("response")
			.path("id")
			.asString();
		String path = "/api/v1/responses/" + responseId + "/engagement";
		Map<String, Object> inverted = engagement(0);
		inverted.put("medicalScheduledAt", received.plusMinutes(120).toString());
		inverted.put("medicalCompletedAt", received.plusMinutes(60).toString());

		Response refused = as("socialworker").put(path, inverted);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().path("errors").values())
			.extracting(error -> error.path("field").asString() + ":" + error.path("code").asString())
			.containsExactly("medicalCompletedAt:T9511");
		assertThat(as("socialworker").get(path).json().path("version").asInt()).as("nothing saved").isZero();
	}

	@Test
	void responsesAndTheirClocksReadAreAudited() {
		UUID youth = youth();
		String responseId = as("hotline")
			.post("/api/v1/hotline-reports", report(youth, minutesAgo(15), "IMMEDIATE_CRISIS", "CHILD_WELFARE"))
			.json()
			.path("response")
			.path("id")
			.asString();
		ApiClient worker = as("socialworker");

		assertThat(worker.get("/api/v1/responses/" + responseId).status()).isEqualTo(200);
		assertThat(
				worker.get("/api/v1/clocks?limit=10000").json().findValues("youthId").stream().map(JsonNode::asString))
			.contains(youth.toString());
		assertThat(worker.get("/api/v1/tasks?status=open&limit=1000").status()).isEqualTo(200);
		assertThat(worker.get("/api/v1/youth/" + youth + "/tasks").status()).isEqualTo(200);

		java.util.List<String> seenBySocialWorker = new java.util.ArrayList<>();
		as("admin").get("/api/v1/audit?limit=1000&youthId=" + youth).json().forEach(entry -> {
			if (entry.path("actorUsername").asString().equals("socialworker")) {
				seenBySocialWorker.add(entry.path("action").asString() + " " + entry.path("detail").asString(""));
			}
		});
		assertThat(seenBySocialWorker).contains("RESPONSE_VIEWED response", "CLOCKS_LISTED clocks",
				"TASKS_LISTED tasks", "TASKS_LISTED tasks of the youth");
	}

	@Test
	void anotherCountySeesNeitherTheReportNorTheEngagement() {
		Response recorded = as("hotline").post("/api/v1/hotline-reports",
				report(youth(), minutesAgo(10), "IMMEDIATE_CRISIS", "CHILD_WELFARE"));
		ApiClient elsewhere = as("socialworker2");
		assertThat(elsewhere.get("/api/v1/hotline-reports/" + recorded.json().path("report").path("id").asString())
			.status()).isEqualTo(404);
		assertThat(elsewhere
			.get("/api/v1/responses/" + recorded.json().path("response").path("id").asString() + "/engagement")
			.status()).isEqualTo(404);
	}

}
