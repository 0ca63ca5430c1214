package org.tandem.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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
import org.tandem.web.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * What a hotline report does to what is already open for the youth: the call that makes a
 * reporter's mandated report closes that task, and a second immediate crisis while one is
 * open is refused (T9510, naming the open one) unless the caller confirms it is new.
 */
@TandemTest
class HotlineFollowUpTests {

	@LocalServerPort
	int port;

	@Test
	void aCallThatMakesTheMandatedReportClosesTheReportersTask() {
		ApiClient worker = as("socialworker");
		UUID youth = youthOf(worker);
		Response determined = worker.post("/api/v1/youth/" + youth + "/determinations",
				Map.of("kind", "SUSPECTED", "source", "DISCLOSURE"));
		assertThat(determined.status()).as(determined.toString()).isEqualTo(201);
		String task = worker.get("/api/v1/youth/" + youth + "/tasks").json().get(0).path("id").asString();
		OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);

		Map<String, Object> report = report(youth, received, "INITIAL_MDT");
		report.put("mandatedReportTaskIds", List.of(task));
		Response recorded = as("hotline").post("/api/v1/hotline-reports", report);
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

		JsonNode done = worker.get("/api/v1/youth/" + youth + "/tasks").json().get(0);
		assertThat(done.path("status").asString()).isEqualTo("DONE");
		assertThat(Instant.parse(done.path("doneAt").asString())).isEqualTo(received.toInstant());
		assertThat(done.path("reportNumber").asString())
			.isEqualTo(recorded.json().path("report").path("id").asString());

		// The same task cannot be answered twice; nothing of the second report is kept.
		Response again = as("hotline").post("/api/v1/hotline-reports", report);
		assertThat(again.status()).as(again.toString()).isEqualTo(400);
		assertThat(again.code()).isEqualTo("T9013");
		assertThat(again.json().path("errors").toString()).contains("mandatedReportTaskIds");
	}

	@Test
	void aSecondImmediateCrisisWhileOneIsOpenIsRefusedUnlessConfirmed() {
		ApiClient hotline = as("hotline");
		UUID youth = hotline.post("/api/v1/youth", TestData.youth()).id();
		OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).truncatedTo(ChronoUnit.SECONDS);
		Response first = hotline.post("/api/v1/hotline-reports", report(youth, received, "IMMEDIATE_CRISIS"));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		String open = first.json().path("response").path("id").asString();

		Response second = hotline.post("/api/v1/hotline-reports",
				report(youth, received.plusMinutes(10), "IMMEDIATE_CRISIS"));
		assertThat(second.status()).as(second.toString()).isEqualTo(409);
		assertThat(second.code()).isEqualTo("T9510");
		assertThat(second.json().path("openResponseId").asString()).isEqualTo(open);
		Response direct = hotline.post("/api/v1/youth/" + youth + "/responses",
				Map.of("tier", "IMMEDIATE_CRISIS", "identifiedAt", received.toString()));
		assertThat(direct.code()).as(direct.toString()).isEqualTo("T9510");
		Response spanish = hotline.header("Accept-Language", "es")
			.post("/api/v1/hotline-reports", report(youth, received.plusMinutes(10), "IMMEDIATE_CRISIS"));
		assertThat(spanish.body()).contains("crisis inmediata abierta");

		// An initial MDT is no second crisis; a crisis confirmed as new starts.
		assertThat(hotline.post("/api/v1/hotline-reports", report(youth, received, "INITIAL_MDT")).status())
			.isEqualTo(201);
		Map<String, Object> confirmed = report(youth, received.plusMinutes(10), "IMMEDIATE_CRISIS");
		confirmed.put("confirmSecondCrisis", true);
		Response started = hotline.post("/api/v1/hotline-reports", confirmed);
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		assertThat(started.json().path("response").path("id").asString()).isNotEqualTo(open);
	}

	@Test
	void theHotlinePageWarnsOfTheOpenCrisisWithItsLinkAndKeepsWhatWasTyped() {
		ApiClient hotline = as("hotline");
		UUID youth = hotline.post("/api/v1/youth", TestData.youth()).id();
		OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).truncatedTo(ChronoUnit.SECONDS);
		String open = hotline.post("/api/v1/hotline-reports", report(youth, received, "IMMEDIATE_CRISIS"))
			.json()
			.path("response")
			.path("id")
			.asString();
		PageSession page = PageSession.signedIn(port, "hotline");

		Map<String, String> typed = new HashMap<>(Map.of("youthId", youth.toString(), "receivedAt",
				java.time.LocalDateTime.now(java.time.ZoneId.of("America/Los_Angeles"))
					.minusMinutes(5)
					.withSecond(0)
					.withNano(0)
					.toString(),
				"reporterKind", "FAMILY", "concerns", "Her aunt says she left again with the same man.", "speed",
				"IMMEDIATE_CRISIS", "jurisdiction", "UNKNOWN"));
		PageSession.Answer warned = page.post("/hotline?youthId=" + youth, "/hotline", typed);
		assertThat(warned.status()).isEqualTo(200);
		assertThat(warned.body()).contains("/responses/" + open + "/engagement")
			.contains("still open")
			.contains("Her aunt says she left again with the same man.")
			.contains("name=\"confirmSecondCrisis\"");

		typed.put("confirmSecondCrisis", "true");
		assertThat(page.post("/hotline?youthId=" + youth, "/hotline", typed).status()).isEqualTo(302);
	}

	private ApiClient as(String user) {
		return new ApiClient(port).as(user);
	}

	private static UUID youthOf(ApiClient worker) {
		Map<String, Object> body = TestData.youth(TestData.word(), TestData.word(), LocalDate.now().minusYears(14));
		body.put("agencyIds", List.of(worker.agencyId()));
		body.put("confirmNotDuplicate", true);
		Response created = worker.post("/api/v1/youth", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private static Map<String, Object> report(UUID youth, OffsetDateTime receivedAt, String speed) {
		Map<String, Object> body = new HashMap<>();
		body.put("youthId", youth);
		body.put("receivedAt", receivedAt.toString());
		body.put("reporterKind", "MANDATED_REPORTER");
		body.put("concerns", "The social worker reports what the youth disclosed.");
		body.put("speed", speed);
		body.put("jurisdiction", "CHILD_WELFARE");
		return body;
	}

}
