package org.tandem.youth;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A youth cannot be missing twice at once: an episode starting inside an earlier ended
 * one (or before it, which would span it) is refused with T8007, so its 24-hour reports
 * are never owed twice.
 */
@TandemTest
class EpisodeOverlapTests {

	@LocalServerPort
	int port;

	ApiClient worker;

	UUID youthId;

	@BeforeEach
	void youth() {
		worker = new ApiClient(port).as("socialworker");
		Map<String, Object> body = TestData.youth();
		body.put("agencyIds", List.of(worker.agencyId()));
		Response created = worker.post("/api/v1/youth", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		youthId = created.id();
	}

	@Test
	void anEpisodeStartingInsideOrBeforeAnEndedOneIsRefusedAndOwesNoSecondReports() {
		UUID first = start("2026-05-01T10:00:00Z").id();
		Response ended = worker.post("/api/v1/episodes/" + first + "/end",
				Map.of("endedAt", "2026-05-04T10:00:00Z", "returnedToSameCaregiver", true));
		assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
		long reportsBefore = missingReports();

		for (String inside : List.of("2026-05-02T10:00:00Z", "2026-04-30T10:00:00Z")) {
			Response overlapping = start(inside);
			assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(409);
			assertThat(overlapping.code()).isEqualTo("T8007");
			assertThat(overlapping.json().path("errors").toString()).contains("startedAt");
		}
		assertThat(worker.get("/api/v1/youth/" + youthId + "/episodes").json().size()).isEqualTo(1);
		assertThat(missingReports()).isEqualTo(reportsBefore);

		Response after = start("2026-05-04T10:00:00Z");
		assertThat(after.status()).as(after.toString()).isEqualTo(201);
	}

	@Test
	void theRefusalIsWordedInSpanishToo() {
		UUID first = start("2026-05-01T10:00:00Z").id();
		worker.post("/api/v1/episodes/" + first + "/end",
				Map.of("endedAt", "2026-05-04T10:00:00Z", "returnedToSameCaregiver", true));

		Response refused = worker.header("Accept-Language", "es")
			.post("/api/v1/youth/" + youthId + "/episodes", Map.of("startedAt", "2026-05-03T10:00:00Z"));
		assertThat(refused.code()).isEqualTo("T8007");
		assertThat(refused.body()).contains("no puede estar desaparecido dos veces");
	}

	private Response start(String startedAt) {
		return worker.post("/api/v1/youth/" + youthId + "/episodes", Map.of("startedAt", startedAt));
	}

	private long missingReports() {
		JsonNode tasks = worker.get("/api/v1/youth/" + youthId + "/tasks").json();
		long count = 0;
		for (JsonNode task : tasks) {
			if (task.path("type").asString().equals("LAW_ENFORCEMENT_MISSING_REPORT")) {
				count++;
			}
		}
		return count;
	}

}
