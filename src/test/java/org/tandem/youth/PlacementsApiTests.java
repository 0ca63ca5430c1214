package org.tandem.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * A youth's placement history over real HTTP: recording, moves, ending, refusals with
 * their codes, audit.
 */
@TandemTest
class PlacementsApiTests {

	@LocalServerPort
	int port;

	ApiClient worker;

	UUID youthId;

	@BeforeEach
	void youth() {
		worker = new ApiClient(port).as("socialworker");
		// the worker's agency on the youth's team: where the youth is, is for the team
		// only
		java.util.Map<String, Object> body = TestData.youth();
		body.put("agencyIds", java.util.List.of(worker.agencyId()));
		Response created = worker.post("/api/v1/youth", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		youthId = created.id();
	}

	@Test
	void recordsAPastAndACurrentPlacementAndListsThemLatestFirst() {
		Response past = record(placement("FOSTER_HOME", "2025-01-10", "2025-06-30", "  Placed after intake  "));
		assertThat(past.status()).as(past.toString()).isEqualTo(201);
		UUID pastId = past.id();
		assertThat(past.header("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/placements/" + pastId));
		assertThat(past.json().path("youthId").asString()).isEqualTo(youthId.toString());
		assertThat(past.json().path("type").asString()).isEqualTo("FOSTER_HOME");
		assertThat(past.json().path("startedOn").asString()).isEqualTo("2025-01-10");
		assertThat(past.json().path("endedOn").asString()).isEqualTo("2025-06-30");
		assertThat(past.json().path("reasonForChange").asString()).isEqualTo("Placed after intake");
		assertThat(past.json().properties().stream().map(Map.Entry::getKey)).containsExactlyInAnyOrder("id", "youthId",
				"type", "startedOn", "endedOn", "reasonForChange", "recordedBy", "recordedAt");

		// The youth moved: the next placement starts on the day the last one ended.
		Response current = record(placement("relative", "2025-06-30", null, null));
		assertThat(current.status()).as(current.toString()).isEqualTo(201);
		assertThat(current.json().path("type").asString()).isEqualTo("RELATIVE");
		assertThat(current.json().has("endedOn")).isFalse();

		Response list = worker.get(placements());
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(ids(list.json())).containsExactly(current.id(), pastId);

		Response one = worker.get("/api/v1/placements/" + pastId);
		assertThat(one.status()).as(one.toString()).isEqualTo(200);
		assertThat(one.json().path("type").asString()).isEqualTo("FOSTER_HOME");
	}

	@Test
	void typesAreReadInAnyLetterCaseButUnknownOnesAreRefused() {
		Response mixed = record(placement("Shelter_Youth", "2025-02-01", "2025-02-03", null));
		assertThat(mixed.status()).as(mixed.toString()).isEqualTo(201);
		assertThat(mixed.json().path("type").asString()).isEqualTo("SHELTER_YOUTH");

		Response unknown = record(placement("CASTLE", "2025-03-01", null, null));
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
		assertThat(unknown.code()).isEqualTo("T1013");
		assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("type");
		// the allowed values, not the value sent
		assertThat(unknown.json().path("detail").asString()).contains("FOSTER_HOME").doesNotContain("CASTLE");

		Response missing = record(placement(null, "2025-03-01", null, null));
		assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
		assertThat(missing.code()).isEqualTo("T1003");
		assertThat(ids(worker.get(placements()).json())).containsExactly(mixed.id());
	}

	@Test
	void aStartDateIsRequiredAndNoDateMayBeInTheFuture() {
		Response noStart = record(placement("FOSTER_HOME", null, null, null));
		assertThat(noStart.status()).as(noStart.toString()).isEqualTo(400);
		assertThat(noStart.code()).isEqualTo("T1003");
		assertThat(noStart.json().path("errors").get(0).path("field").asString()).isEqualTo("startedOn");

		String tomorrow = LocalDate.now().plusDays(2).toString();
		Response futureStart = record(placement("FOSTER_HOME", tomorrow, null, null));
		assertThat(futureStart.status()).as(futureStart.toString()).isEqualTo(400);
		assertThat(futureStart.code()).isEqualTo("T7002");
		assertThat(futureStart.json().path("errors").get(0).path("field").asString()).isEqualTo("startedOn");

		Response futureEnd = record(placement("FOSTER_HOME", "2025-01-01", tomorrow, null));
		assertThat(futureEnd.status()).as(futureEnd.toString()).isEqualTo(400);
		assertThat(futureEnd.code()).isEqualTo("T7002");
		assertThat(futureEnd.json().path("errors").get(0).path("field").asString()).isEqualTo("endedOn");

		Response malformed = record("{\"type\":\"FOSTER_HOME\",\"startedOn\":\"2025-02-30\"}");
		assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
		assertThat(malformed.code()).isEqualTo("T1014");
		assertNothingSaved();
	}

	@Test
	void aPlacementCannotEndBeforeItStarts() {
		Response inverted = record(placement("FOSTER_HOME", "2025-05-10", "2025-05-09", null));

		assertThat(inverted.status()).as(inverted.toString()).isEqualTo(400);
		assertThat(inverted.code()).isEqualTo("T8006");
		assertThat(inverted.json().path("errors").get(0).path("field").asString()).isEqualTo("endedOn");
		assertNothingSaved();
	}

	@Test
	void overlappingPlacementsAreRefusedAndNothingIsSaved() {
		UUID past = record(placement("FOSTER_HOME", "2025-01-10", "2025-06-30", null)).id();
		UUID current = record(placement("RELATIVE", "2025-08-01", null, null)).id();

		List<Map<String, Object>> overlapping = List.of(placement("SAFE_HOUSE", "2025-03-01", "2025-03-05", null), // inside
																													// the
																													// past
																													// one
				placement("SAFE_HOUSE", "2024-12-01", "2025-01-11", null), // ends a day
																			// into the
																			// past one
				placement("SAFE_HOUSE", "2025-06-29", "2025-07-02", null), // straddles
																			// the end of
																			// the past
																			// one
				placement("SAFE_HOUSE", "2025-07-15", null, null), // open, so runs into
																	// the current one
				placement("SAFE_HOUSE", "2025-09-01", "2025-09-02", null), // during the
																			// current
																			// one, which
																			// has no end
				placement("SAFE_HOUSE", "2024-01-01", "2025-12-31", null)); // around both
		for (Map<String, Object> body : overlapping) {
			Response refused = record(body);
			assertThat(refused.status()).as(body + " " + refused).isEqualTo(409);
			assertThat(refused.code()).isEqualTo("T8001");
		}
		Response inside = record(placement("SAFE_HOUSE", "2025-03-01", "2025-03-05", null));
		assertThat(inside.json().path("detail").asString()).contains("2025-01-10").contains("2025-06-30");

		assertThat(ids(worker.get(placements()).json())).containsExactly(current, past);

		// Between the two there is room: from the day the past one ended to the day the
		// current one began.
		Response between = record(placement("SHELTER_EMERGENCY", "2025-06-30", "2025-08-01", null));
		assertThat(between.status()).as(between.toString()).isEqualTo(201);
	}

	@Test
	void anEarlierPlacementMayEndOnTheDayALaterOneBegins() {
		UUID later = record(placement("RELATIVE", "2025-03-01", null, null)).id();

		Response earlier = record(placement("SHELTER_EMERGENCY", "2025-02-20", "2025-03-01", null));

		assertThat(earlier.status()).as(earlier.toString()).isEqualTo(201);
		assertThat(ids(worker.get(placements()).json())).containsExactly(later, earlier.id());
	}

	@Test
	void aOneDayPlacementIsNotRecordedTwice() {
		assertThat(record(placement("SHELTER_EMERGENCY", "2025-04-04", "2025-04-04", null)).status()).isEqualTo(201);

		Response again = record(placement("SHELTER_EMERGENCY", "2025-04-04", "2025-04-04", null));

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("T8001");
	}

	@Test
	void theCurrentPlacementIsEndedAndTheNextStartsThatDay() {
		UUID current = record(placement("FOSTER_HOME", "2025-01-10", null, "Placed after intake")).id();

		Response tooEarly = end(current, Map.of("endedOn", "2025-01-09"));
		assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(400);
		assertThat(tooEarly.code()).isEqualTo("T8006");
		Response future = end(current, Map.of("endedOn", LocalDate.now().plusDays(2).toString()));
		assertThat(future.status()).as(future.toString()).isEqualTo(400);
		assertThat(future.code()).isEqualTo("T7002");
		Response noDate = end(current, Map.of());
		assertThat(noDate.status()).as(noDate.toString()).isEqualTo(400);
		assertThat(noDate.code()).isEqualTo("T1003");
		assertThat(worker.get("/api/v1/placements/" + current).json().has("endedOn")).isFalse();

		Response ended = end(current, Map.of("endedOn", "2025-05-01", "reasonForChange", "Moved to her aunt"));
		assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
		assertThat(ended.json().path("endedOn").asString()).isEqualTo("2025-05-01");
		// What was written when it was recorded is kept.
		assertThat(ended.json().path("reasonForChange").asString()).isEqualTo("Placed after intake\nMoved to her aunt");

		Response twice = end(current, Map.of("endedOn", "2025-05-02"));
		assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
		assertThat(twice.code()).isEqualTo("T1009");

		Response next = record(placement("RELATIVE", "2025-05-01", null, null));
		assertThat(next.status()).as(next.toString()).isEqualTo(201);

		Response unknown = end(UUID.randomUUID(), Map.of("endedOn", "2025-05-01"));
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
	}

	@Test
	void overlappingPlacementsSentAtTheSameMomentAreNotBothRecorded() throws Exception {
		List<Response> responses = new ArrayList<>();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<Response>> sent = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				String start = "2025-0" + (i + 1) + "-01";
				sent.add(pool.submit(() -> record(placement("SHELTER_YOUTH", start, null, null))));
			}
			for (var future : sent) {
				responses.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(responses).extracting(Response::status).containsOnly(201, 409);
		assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
		assertThat(worker.get(placements()).json().size()).isEqualTo(1);
	}

	@Test
	void aReasonLongerThanTheLimitIsRefused() {
		Response tooLong = record(placement("FOSTER_HOME", "2025-01-10", null, "x".repeat(1001)));

		assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
		assertThat(tooLong.code()).isEqualTo("T1011");
		assertThat(tooLong.json().path("errors").get(0).path("field").asString()).isEqualTo("reasonForChange");
		assertNothingSaved();
	}

	@Test
	void anotherCountysYouthIsNotFound() {
		UUID placement = record(placement("FOSTER_HOME", "2025-01-10", null, null)).id();
		ApiClient other = new ApiClient(port).as("socialworker2");

		Response post = other.post(placements(), placement("FOSTER_HOME", "2025-02-10", "2025-02-11", null));
		assertThat(post.status()).as(post.toString()).isEqualTo(404);
		assertThat(post.code()).isEqualTo("T3001");
		Response list = other.get(placements());
		assertThat(list.status()).as(list.toString()).isEqualTo(404);
		assertThat(list.code()).isEqualTo("T3001");
		Response end = other.post("/api/v1/placements/" + placement + "/end", Map.of("endedOn", "2025-03-01"));
		assertThat(end.status()).as(end.toString()).isEqualTo(404);
		assertThat(other.get("/api/v1/placements/" + placement).status()).isEqualTo(404);

		assertThat(worker.get("/api/v1/placements/" + placement).json().has("endedOn")).isFalse();
		assertThat(ids(worker.get(placements()).json())).containsExactly(placement);
	}

	@Test
	void recordingAndReadingAreAudited() {
		record(placement("FOSTER_HOME", "2025-01-10", null, null));
		worker.get(placements());

		Response audit = new ApiClient(port).as("admin").get("/api/v1/audit?youthId=" + youthId);

		assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
		assertThat(audit.json().values()).extracting(e -> e.path("action").asString())
			.contains("PLACEMENT_RECORDED", "HISTORY_VIEWED");
		assertThat(audit.json().values()).filteredOn(e -> e.path("action").asString().equals("PLACEMENT_RECORDED"))
			.singleElement()
			.satisfies(e -> assertThat(e.path("detail").asString()).isEqualTo("FOSTER_HOME"));
	}

	private String placements() {
		return "/api/v1/youth/" + youthId + "/placements";
	}

	private Response record(Object body) {
		return worker.post(placements(), body);
	}

	private Response end(UUID placement, Map<String, String> body) {
		return worker.post("/api/v1/placements/" + placement + "/end", body);
	}

	private void assertNothingSaved() {
		Response list = worker.get(placements());
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().size()).as("placements of the youth").isZero();
	}

	static Map<String, Object> placement(String type, String startedOn, String endedOn, String reason) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("startedOn", startedOn);
		body.put("endedOn", endedOn);
		body.put("reasonForChange", reason);
		return body;
	}

	static List<UUID> ids(JsonNode array) {
		List<UUID> ids = new ArrayList<>();
		array.forEach(node -> ids.add(UUID.fromString(node.path("id").asString())));
		return ids;
	}

}
