package org.tandem.response;

import java.time.OffsetDateTime;
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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responses start the protocol's clocks from the recorded identification time: 2 and 72
 * elapsed hours for a crisis (across the spring-forward night too), 10 calendar days for
 * the initial MDT, a month for the ongoing one; the board shows what is overdue; a late
 * clock needs its reason.
 */
@TandemTest
class ResponseApiTests {

	@LocalServerPort
	int port;

	private ApiClient hotline() {
		return new ApiClient(port).as("hotline");
	}

	private UUID youth() {
		return hotline().post("/api/v1/youth", TestData.youth()).id();
	}

	private Response start(UUID youth, String tier, String identifiedAt, String jurisdiction) {
		Map<String, Object> body = new HashMap<>();
		body.put("tier", tier);
		body.put("identifiedAt", identifiedAt);
		body.put("jurisdiction", jurisdiction);
		return hotline().post("/api/v1/youth/" + youth + "/responses", body);
	}

	private static OffsetDateTime due(Response response, String clock) {
		for (JsonNode node : response.json().path("clocks")) {
			if (node.path("name").asString().equals(clock)) {
				return OffsetDateTime.parse(node.path("dueAt").asString());
			}
		}
		throw new AssertionError("no clock " + clock + " in " + response);
	}

	@Test
	void anImmediateCrisisRunsTwoAndSeventyTwoElapsedHoursAcrossSpringForward() {
		Response started = start(youth(), "IMMEDIATE_CRISIS", "2026-03-08T01:00:00-08:00", "CHILD_WELFARE");
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		assertThat(started.header("Location")).isPresent();
		assertThat(due(started, "engage")).isEqualTo(OffsetDateTime.parse("2026-03-08T04:00:00-07:00"));
		assertThat(due(started, "engage").toString()).endsWith("-07:00");
		assertThat(due(started, "stabilize").toInstant())
			.isEqualTo(OffsetDateTime.parse("2026-03-11T09:00:00Z").toInstant());
		UUID id = started.id();
		Response read = hotline().get("/api/v1/responses/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("tier").asString()).isEqualTo("IMMEDIATE_CRISIS");
		assertThat(read.json().path("clocks")).hasSize(2);
	}

	@Test
	void theInitialMdtIsDueTenCalendarDaysLaterAtTheSameLocalTime() {
		Response started = start(youth(), "initial_mdt", "2026-03-05T10:00:00-08:00", "probation");
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		assertThat(due(started, "convene")).isEqualTo(OffsetDateTime.parse("2026-03-15T10:00:00-07:00"));
		assertThat(started.json().path("jurisdiction").asString()).isEqualTo("PROBATION");
	}

	@Test
	void theOngoingMdtIsDueAMonthLater() {
		Response started = start(youth(), "ONGOING_MDT", "2026-01-31T10:00:00-08:00", "CHILD_WELFARE");
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		assertThat(due(started, "interval")).isEqualTo(OffsetDateTime.parse("2026-02-28T10:00:00-08:00"));
	}

	@Test
	void theBoardShowsAnOverdueClockAndALateClockNeedsItsReason() {
		OffsetDateTime threeHoursAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
		Response started = start(youth(), "IMMEDIATE_CRISIS", threeHoursAgo.toString(), "CHILD_WELFARE");
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		UUID id = started.id();

		Response overdue = hotline().get("/api/v1/clocks?state=overdue");
		assertThat(overdue.status()).isEqualTo(200);
		assertThat(overdue.json().values()).anySatisfy(clock -> {
			assertThat(clock.path("responseId").asString()).isEqualTo(id.toString());
			assertThat(clock.path("name").asString()).isEqualTo("engage");
			assertThat(clock.path("state").asString()).isEqualTo("RED");
		});
		assertThat(hotline().get("/api/v1/clocks?state=overdue").json().values())
			.noneMatch(clock -> clock.path("responseId").asString().equals(id.toString())
					&& clock.path("name").asString().equals("stabilize"));

		Response late = hotline().post("/api/v1/responses/" + id + "/clocks/engage/met", Map.of());
		assertThat(late.status()).as(late.toString()).isEqualTo(400);
		assertThat(late.code()).isEqualTo("T9006");
		Response met = hotline().post("/api/v1/responses/" + id + "/clocks/engage/met",
				Map.of("breachReason", "The youth could not be located until the morning."));
		assertThat(met.status()).as(met.toString()).isEqualTo(200);
		assertThat(met.json().path("clocks").values()).anySatisfy(clock -> {
			assertThat(clock.path("name").asString()).isEqualTo("engage");
			assertThat(clock.path("state").asString()).isEqualTo("MET_LATE");
		});
		Response again = hotline().post("/api/v1/responses/" + id + "/clocks/engage/met", Map.of("breachReason", "x"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("T9008");
	}

	@Test
	void badInputIsRefusedWithItsCode() {
		UUID youth = youth();
		assertThat(start(youth, "LEISURELY", "2026-03-05T10:00:00-08:00", "CHILD_WELFARE").code()).isEqualTo("T1013");
		assertThat(start(youth, "INITIAL_MDT", OffsetDateTime.now().plusDays(2).toString(), "CHILD_WELFARE").code())
			.isEqualTo("T7002");
		assertThat(start(youth, "INITIAL_MDT", null, "CHILD_WELFARE").code()).isEqualTo("T1003");
		assertThat(start(youth, "INITIAL_MDT", "2026-03-05T10:00:00-08:00", "MARS").code()).isEqualTo("T1013");
		Response elsewhere = new ApiClient(port).as("socialworker2")
			.post("/api/v1/youth/" + youth + "/responses", Map.of("tier", "INITIAL_MDT", "identifiedAt",
					"2026-03-05T10:00:00-08:00", "jurisdiction", "UNKNOWN"));
		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(hotline().get("/api/v1/responses/" + UUID.randomUUID()).code()).isEqualTo("T9004");
		assertThat(hotline().get("/api/v1/clocks?state=sideways").status()).isEqualTo(400);
		assertThat(List.of(hotline().get("/api/v1/clocks").status())).containsExactly(200);
	}

}
