package org.tandem.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;

/**
 * A youth's timeline (GET /api/v1/youth/{id}/timeline), when there is one: it shows the
 * runaway episode to the team, and never a determination to someone who may not see the
 * status. Skipped (not failed) while the route does not exist.
 */
@TandemTest
class StatusTimelineTests {

	@LocalServerPort
	int port;

	@Test
	void theTimelineShowsEventsAndKeepsTheStatusRestricted() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		String agency = worker.get("/api/v1/me").json().path("agency").path("id").asString();
		Map<String, Object> body = TestData.youth(TestData.word(), TestData.word(), LocalDate.now().minusYears(15));
		body.put("agencyIds", List.of(agency));
		body.put("confirmNotDuplicate", true);
		Response youth = worker.post("/api/v1/youth", body);
		assertThat(youth.status()).as(youth.toString()).isEqualTo(201);
		UUID id = youth.id();

		Response timeline = worker.get("/api/v1/youth/" + id + "/timeline");
		assumeThat(timeline.status() == 404 && "T1004".equals(timeline.code()))
			.as("GET /api/v1/youth/{id}/timeline does not exist yet: %s", timeline)
			.isFalse();

		String today = LocalDate.now(ZoneId.of("America/Los_Angeles")).toString();
		Response determined = worker.post("/api/v1/youth/" + id + "/determinations",
				Map.of("kind", "SUSPECTED", "determinedAt", today, "source", "DISCLOSURE"));
		assertThat(determined.status()).as(determined.toString()).isEqualTo(201);
		Response episode = worker.post("/api/v1/youth/" + id + "/episodes",
				Map.of("startedAt", "2026-03-07T10:00:00-08:00"));
		assertThat(episode.status()).as(episode.toString()).isEqualTo(201);

		Response seen = worker.get("/api/v1/youth/" + id + "/timeline");
		assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
		assertThat(seen.body()).contains(episode.id().toString());

		Response advocate = new ApiClient(port).as("advocate").get("/api/v1/youth/" + id + "/timeline");
		assertThat(advocate.body()).as("the timeline as the advocate").doesNotContain(determined.id().toString());
		Response otherCounty = new ApiClient(port).as("socialworker2").get("/api/v1/youth/" + id + "/timeline");
		assertThat(otherCounty.status()).as(otherCounty.toString()).isEqualTo(404);
	}

}
