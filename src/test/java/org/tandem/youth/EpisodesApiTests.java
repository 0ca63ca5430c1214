package org.tandem.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.youth.PlacementsApiTests.ids;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * Runaway and missing episodes over real HTTP: start, return, time away, refusals with
 * their codes, audit.
 */
@TandemTest
class EpisodesApiTests {

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
	void anEpisodeStartsAndEndsWithItsTimeAway() {
		Response started = start("2026-03-08T01:30:00-08:00");

		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		UUID id = started.id();
		assertThat(started.header("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/episodes/" + id));
		JsonNode json = started.json();
		assertThat(json.path("youthId").asString()).isEqualTo(youthId.toString());
		// The instant sent comes back with the county's offset, as clocks and every other
		// time do.
		assertThat(json.path("startedAt").asString()).isEqualTo("2026-03-08T01:30:00-08:00");
		assertThat(json.has("endedAt")).isFalse();
		assertThat(json.has("timeAwayMinutes")).isFalse();

		// Back two days, three hours and a quarter later, after the clocks changed
		// (offset -07:00).
		Response ended = end(id, "2026-03-10T05:45:00-07:00", true, "  Her foster home  ");

		assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
		json = ended.json();
		assertThat(json.path("startedAt").asString()).isEqualTo("2026-03-08T01:30:00-08:00");
		assertThat(json.path("endedAt").asString()).isEqualTo("2026-03-10T05:45:00-07:00");
		assertThat(json.path("timeAwayMinutes").asLong()).isEqualTo(2 * 24 * 60 + 3 * 60 + 15);
		assertThat(json.path("returnedToSameCaregiver").asBoolean()).isTrue();
		assertThat(json.path("returnedTo").asString()).isEqualTo("Her foster home");
		assertThat(json.properties().stream().map(Map.Entry::getKey)).containsExactlyInAnyOrder("id", "youthId",
				"startedAt", "endedAt", "returnedToSameCaregiver", "returnedTo", "timeAwayMinutes", "recordedBy",
				"recordedAt");

		Response list = worker.get(episodes());
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(ids(list.json())).containsExactly(id);
		assertThat(list.json().get(0).path("timeAwayMinutes").asLong()).isEqualTo(3075);
		assertThat(worker.get("/api/v1/episodes/" + id).json().path("endedAt").asString())
			.isEqualTo("2026-03-10T05:45:00-07:00");
	}

	@Test
	void whetherTheYouthReturnedToTheSameCaregiverMayBeUnknown() {
		UUID id = start("2026-04-01T22:00:00Z").id();

		Response ended = worker.post("/api/v1/episodes/" + id + "/end", Map.of("endedAt", "2026-04-02T06:10:00Z"));

		assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
		assertThat(ended.json().has("returnedToSameCaregiver")).isFalse();
		assertThat(ended.json().path("timeAwayMinutes").asLong()).isEqualTo(8 * 60 + 10);
	}

	@Test
	void endingTwiceIsRefused() {
		UUID id = start("2026-05-01T10:00:00Z").id();
		assertThat(end(id, "2026-05-02T10:00:00Z", false, null).status()).isEqualTo(200);

		Response again = end(id, "2026-05-03T10:00:00Z", true, "Somewhere else");

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("T8004");
		JsonNode kept = worker.get("/api/v1/episodes/" + id).json();
		assertThat(kept.path("endedAt").asString()).isEqualTo("2026-05-02T03:00:00-07:00");
		assertThat(kept.path("returnedToSameCaregiver").asBoolean()).isFalse();
	}

	@Test
	void anEpisodeCannotEndBeforeItStarted() {
		UUID id = start("2026-05-01T10:00:00-07:00").id();

		// 09:30 at -08:00 is 17:30 UTC, after the start; 10:30 at +02:00 is 08:30 UTC,
		// before it.
		Response before = end(id, "2026-05-01T10:30:00+02:00", null, null);

		assertThat(before.status()).as(before.toString()).isEqualTo(400);
		assertThat(before.code()).isEqualTo("T8003");
		assertThat(before.json().path("errors").get(0).path("field").asString()).isEqualTo("endedAt");
		assertThat(worker.get("/api/v1/episodes/" + id).json().has("endedAt")).isFalse();
		assertThat(end(id, "2026-05-01T09:30:00-08:00", null, null).status()).isEqualTo(200);
	}

	@Test
	void aSecondOpenEpisodeIsRefused() {
		UUID open = start("2026-06-01T10:00:00Z").id();

		Response second = start("2026-06-02T10:00:00Z");

		assertThat(second.status()).as(second.toString()).isEqualTo(409);
		assertThat(second.code()).isEqualTo("T8005");
		assertThat(ids(worker.get(episodes()).json())).containsExactly(open);

		// Once the youth is back, the next episode may be recorded.
		end(open, "2026-06-03T10:00:00Z", true, null);
		Response next = start("2026-07-01T10:00:00Z");
		assertThat(next.status()).as(next.toString()).isEqualTo(201);
		assertThat(ids(worker.get(episodes()).json())).containsExactly(next.id(), open);
	}

	@Test
	void episodesStartedAtTheSameMomentOpenOnlyOne() throws Exception {
		List<Response> responses = new ArrayList<>();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<Response>> sent = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				String startedAt = "2026-06-0" + (i + 1) + "T10:00:00Z";
				sent.add(pool.submit(() -> start(startedAt)));
			}
			for (var future : sent) {
				responses.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(responses).extracting(Response::status).containsOnly(201, 409);
		assertThat(responses).filteredOn(r -> r.status() == 409).extracting(Response::code).containsOnly("T8005");
		assertThat(worker.get(episodes()).json().size()).isEqualTo(1);
	}

	@Test
	void momentsInTheFutureAreRefused() {
		String tomorrow = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.SECONDS).toString();

		Response futureStart = start(tomorrow);
		assertThat(futureStart.status()).as(futureStart.toString()).isEqualTo(400);
		assertThat(futureStart.code()).isEqualTo("T7002");
		assertThat(futureStart.json().path("errors").get(0).path("field").asString()).isEqualTo("startedAt");
		assertThat(worker.get(episodes()).json().size()).isZero();

		UUID id = start("2026-03-08T01:30:00-08:00").id();
		Response futureEnd = end(id, tomorrow, true, null);
		assertThat(futureEnd.status()).as(futureEnd.toString()).isEqualTo(400);
		assertThat(futureEnd.code()).isEqualTo("T7002");
		assertThat(futureEnd.json().path("errors").get(0).path("field").asString()).isEqualTo("endedAt");
		assertThat(worker.get("/api/v1/episodes/" + id).json().has("endedAt")).isFalse();
	}

	@Test
	void aMomentNeedsItsDateTimeAndOffset() {
		Response missing = worker.post(episodes(), Map.of());
		assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
		assertThat(missing.code()).isEqualTo("T1003");
		assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("startedAt");

		// Without an offset the moment is ambiguous: refused rather than guessed.
		Response noOffset = start("2026-03-08T01:30:00");
		assertThat(noOffset.status()).as(noOffset.toString()).isEqualTo(400);
		assertThat(noOffset.code()).isEqualTo("T1015");
		assertThat(worker.get(episodes()).json().size()).isZero();
	}

	@Test
	void anUnknownEpisodeIsNotFound() {
		Response unknown = end(UUID.randomUUID(), "2026-03-08T01:30:00Z", null, null);

		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("T8002");
		assertThat(worker.get("/api/v1/episodes/" + UUID.randomUUID()).code()).isEqualTo("T8002");
	}

	@Test
	void anotherCountysYouthAndEpisodesAreNotFound() {
		UUID id = start("2026-03-08T01:30:00-08:00").id();
		ApiClient other = new ApiClient(port).as("socialworker2");

		Response post = other.post(episodes(), Map.of("startedAt", "2026-03-09T01:30:00-08:00"));
		assertThat(post.status()).as(post.toString()).isEqualTo(404);
		assertThat(post.code()).isEqualTo("T3001");
		Response list = other.get(episodes());
		assertThat(list.status()).as(list.toString()).isEqualTo(404);
		assertThat(list.code()).isEqualTo("T3001");
		Response end = other.post("/api/v1/episodes/" + id + "/end", Map.of("endedAt", "2026-03-09T01:30:00-08:00"));
		assertThat(end.status()).as(end.toString()).isEqualTo(404);
		assertThat(end.code()).isEqualTo("T8002");

		assertThat(worker.get("/api/v1/episodes/" + id).json().has("endedAt")).isFalse();
	}

	@Test
	void startAndReturnAreAudited() {
		UUID id = start("2026-03-08T01:30:00-08:00").id();
		end(id, "2026-03-09T01:30:00-08:00", true, null);

		Response audit = new ApiClient(port).as("admin").get("/api/v1/audit?youthId=" + youthId);

		assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
		assertThat(audit.json().values()).extracting(e -> e.path("action").asString())
			.contains("EPISODE_STARTED", "EPISODE_ENDED");
	}

	private String episodes() {
		return "/api/v1/youth/" + youthId + "/episodes";
	}

	private Response start(String startedAt) {
		return worker.post(episodes(), Map.of("startedAt", startedAt));
	}

	private Response end(UUID episode, String endedAt, Boolean sameCaregiver, String returnedTo) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("endedAt", endedAt);
		body.put("returnedToSameCaregiver", sameCaregiver);
		body.put("returnedTo", returnedTo);
		return worker.post("/api/v1/episodes/" + episode + "/end", body);
	}

}
