package org.tandem.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;

/**
 * The mandated report of a suspicion is due 36 hours after the suspicion arose, not after
 * it was typed in: a suspicion entered late shows its report as overdue.
 */
@TandemTest
class SuspicionDeadlineTests {

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	@LocalServerPort
	int port;

	@Test
	void aSuspicionOfThreeDaysAgoEnteredTodayHasItsReportOverdueFromTheStartOfThatDay() {
		ApiClient worker = as("socialworker");
		UUID youth = youth(worker);
		LocalDate threeDaysAgo = LocalDate.now(LOS_ANGELES).minusDays(3);

		Response determined = worker.post(determinations(youth),
				Map.of("kind", "SUSPECTED", "determinedAt", threeDaysAgo.toString(), "source", "DISCLOSURE"));
		assertThat(determined.status()).as(determined.toString()).isEqualTo(201);

		JsonNode task = onlyTask(worker, youth);
		Instant due = Instant.parse(task.path("dueAt").asString());
		assertThat(due).isEqualTo(threeDaysAgo.atStartOfDay(LOS_ANGELES).toInstant().plus(Duration.ofHours(36)));
		assertThat(due).as("overdue, not yet to come").isBefore(Instant.now());
	}

	@Test
	void aSuspicionGivenWithItsTimeIsDueThirtySixHoursAfterThatTime() {
		ApiClient worker = as("socialworker");
		UUID youth = youth(worker);
		OffsetDateTime suspected = OffsetDateTime.now(LOS_ANGELES).minusHours(40).truncatedTo(ChronoUnit.SECONDS);

		Response determined = worker.post(determinations(youth),
				Map.of("kind", "SUSPECTED", "determinedAt", suspected.toString(), "source", "DISCLOSURE"));
		assertThat(determined.status()).as(determined.toString()).isEqualTo(201);

		Instant due = Instant.parse(onlyTask(worker, youth).path("dueAt").asString());
		assertThat(due).isEqualTo(suspected.toInstant().plus(Duration.ofHours(36)));
		assertThat(due).isBefore(Instant.now());
	}

	private ApiClient as(String username) {
		return new ApiClient(port).as(username);
	}

	private static UUID youth(ApiClient worker) {
		Map<String, Object> body = TestData.youth(TestData.word(), TestData.word(), LocalDate.now().minusYears(14));
		body.put("agencyIds", List.of(worker.agencyId()));
		body.put("confirmNotDuplicate", true);
		Response created = worker.post("/api/v1/youth", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private static JsonNode onlyTask(ApiClient worker, UUID youth) {
		Response tasks = worker.get("/api/v1/youth/" + youth + "/tasks");
		assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
		assertThat(tasks.json().size()).as(tasks.toString()).isEqualTo(1);
		assertThat(tasks.json().get(0).path("type").asString()).isEqualTo("HOTLINE_REPORT");
		return tasks.json().get(0);
	}

	private static String determinations(UUID youth) {
		return "/api/v1/youth/" + youth + "/determinations";
	}

}
