package org.tandem.task;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * The "missing now" list over the API: youth with an open runaway episode, hours away
 * from the recorded start, the 24-hour reports done, due or overdue; only rows the
 * decision point lets the viewer see the location of, each listed row audited; a youth
 * who returned leaves the list.
 */
@TandemTest
class MissingNowTests {

	@LocalServerPort
	int port;

	@Test
	void aYouthAwayIsListedWithHoursAwayAndTheReportsOwed() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youth = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId())).id();
		String name = worker.get("/api/v1/youth/" + youth).json().path("firstName").asString();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		UUID episode = worker
			.post("/api/v1/youth/" + youth + "/episodes", Map.of("startedAt", now.minusHours(30).toString()))
			.id();

		for (String scope : new String[] { "AGENCY", "county" }) {
			Response listed = worker.get("/api/v1/missing?scope=" + scope);
			assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
			JsonNode row = row(listed, youth);
			assertThat(row).as(scope + ": " + listed.body()).isNotNull();
			assertThat(row.path("episodeId").asString()).isEqualTo(episode.toString());
			assertThat(row.path("name").asString()).startsWith(name);
			assertThat(row.path("hoursAway").asLong()).isEqualTo(30);
			assertThat(row.path("startedAt").asString()).as("on the county clock").doesNotEndWith("Z");
			assertThat(row.path("reports").size()).isEqualTo(2);
			for (JsonNode report : row.path("reports")) {
				assertThat(report.path("overdue").asBoolean()).as(report.toString()).isTrue();
				assertThat(report.path("done").asBoolean()).isFalse();
			}
		}

		UUID task = UUID
			.fromString(row(worker.get("/api/v1/missing"), youth).path("reports").get(0).path("taskId").asString());
		assertThat(worker.post("/api/v1/tasks/" + task + "/complete", Map.of("reportNumber", "LE-1")).status())
			.isEqualTo(200);
		JsonNode done = row(worker.get("/api/v1/missing"), youth).path("reports").get(0);
		assertThat(done.path("done").asBoolean()).isTrue();
		assertThat(done.path("overdue").asBoolean()).isFalse();

		String audit = new ApiClient(port).as("admin").get("/api/v1/audit?youthId=" + youth).body();
		assertThat(audit).contains("\"action\":\"YOUTH_LISTED\"").contains("missing now");

		worker.post("/api/v1/episodes/" + episode + "/end", Map.of("endedAt", now.toString()));
		assertThat(row(worker.get("/api/v1/missing?scope=COUNTY"), youth)).as("returned").isNull();
	}

	@Test
	void rowsTheViewerMayNotSeeTheLocationOfAreLeftOut() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		UUID youth = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId())).id();
		worker.post("/api/v1/youth/" + youth + "/episodes",
				Map.of("startedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString()));
		assertThat(row(worker.get("/api/v1/missing"), youth)).isNotNull();

		// probation is not on this youth's team: the location is not theirs to see
		Response probation = new ApiClient(port).as("probation").get("/api/v1/missing?scope=COUNTY");
		assertThat(probation.status()).isEqualTo(200);
		assertThat(row(probation, youth)).isNull();
		assertThat(probation.body()).doesNotContain(youth.toString());

		// analysts see aggregates only
		Response analyst = new ApiClient(port).as("analyst").get("/api/v1/missing?scope=COUNTY");
		assertThat(analyst.status()).isEqualTo(403);
		assertThat(analyst.body()).doesNotContain(youth.toString());
	}

	@Test
	void anUnknownScopeIsRefusedOnItsField() {
		Response refused = new ApiClient(port).as("socialworker").get("/api/v1/missing?scope=everyone");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1003");
		assertThat(refused.body()).contains("scope");
	}

	private static JsonNode row(Response listed, UUID youth) {
		for (JsonNode row : listed.json()) {
			if (row.path("youthId").asString().equals(youth.toString())) {
				return row;
			}
		}
		return null;
	}

}
