package org.tandem.sharing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team membership ends with its source: an agency a meeting invited leaves the team when
 * the meeting is cancelled, the lead agency of a response when the response closes, the
 * agency given a task when it is done or given to another agency; each stays while
 * another source still holds it (a second meeting, an open case).
 */
@TandemTest
class TeamSourcesTests {

	@LocalServerPort
	int port;

	private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

	ApiClient as(String user) {
		return new ApiClient(port).as(user);
	}

	/** A youth with an open case at child welfare. */
	private UUID youth() {
		ApiClient worker = as("socialworker");
		Response youth = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId()));
		assertThat(youth.status()).as(youth.toString()).isEqualTo(201);
		return youth.id();
	}

	private UUID response(UUID youth, String jurisdiction) {
		Response started = as("socialworker").post("/api/v1/youth/" + youth + "/responses", Map.of("tier",
				"INITIAL_MDT", "identifiedAt", NOW.minusHours(1).toString(), "jurisdiction", jurisdiction));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.id();
	}

	private String access(String user, UUID youth, String category) {
		JsonNode answer = as(user).get("/api/v1/youth/" + youth + "/access").json().path(category);
		return answer.path("allowed").asBoolean() ? "allowed" : answer.path("code").asString();
	}

	private List<String> currentSources(UUID youth, String agencyId) {
		for (JsonNode member : as("supervisor").get("/api/v1/youth/" + youth + "/team").json()) {
			if (member.path("agencyId").asString().equals(agencyId) && member.path("current").asBoolean()) {
				return member.path("sources").valueStream().map(s -> s.path("source").asString()).toList();
			}
		}
		return List.of();
	}

	@Test
	void aCancelledMeetingTakesTheAgenciesItInvitedOffTheTeamUnlessAnotherMeetingHoldsThem() {
		UUID youth = youth();
		UUID response = response(youth, "CHILD_WELFARE");
		String nurse = as("nurse").agencyId();
		assertThat(access("nurse", youth, "LOCATION")).isEqualTo("T4103");
		Response first = as("socialworker").post("/api/v1/responses/" + response + "/meetings",
				Map.of("scheduledFor", NOW.plusDays(2).toString(), "place", "Family resource center"));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		Response second = as("socialworker").post("/api/v1/responses/" + response + "/meetings",
				Map.of("scheduledFor", NOW.plusDays(9).toString(), "place", "Video call"));
		assertThat(second.status()).as(second.toString()).isEqualTo(201);
		assertThat(currentSources(youth, nurse)).containsExactly("MDT", "MDT");
		assertThat(access("nurse", youth, "LOCATION")).isEqualTo("allowed");

		Response cancelled = as("socialworker").post("/api/v1/meetings/" + first.id() + "/cancel",
				Map.of("reason", "The youth is in the hospital"));
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
		assertThat(access("nurse", youth, "LOCATION")).as("the second meeting still holds it").isEqualTo("allowed");

		assertThat(as("socialworker")
			.post("/api/v1/meetings/" + second.id() + "/cancel", Map.of("reason", "Rescheduled after discharge"))
			.status()).isEqualTo(200);
		assertThat(currentSources(youth, nurse)).isEmpty();
		assertThat(access("nurse", youth, "LOCATION")).isEqualTo("T4103");
		assertThat(access("socialworker", youth, "LOCATION")).as("the open case holds child welfare")
			.isEqualTo("allowed");
		JsonNode ended = as("supervisor").get("/api/v1/youth/" + youth + "/team")
			.json()
			.valueStream()
			.filter(m -> m.path("agencyId").asString().equals(nurse))
			.findFirst()
			.orElseThrow();
		assertThat(ended.path("sourceEnded").asBoolean()).isTrue();
		assertThat(ended.path("leaveReason").asString()).isEqualTo("MEETING_CANCELLED");
	}

	@Test
	void aClosedResponseTakesItsLeadAgencyOffTheTeamOnceItsClocksAreMet() {
		UUID youth = youth();
		UUID response = response(youth, "PROBATION");
		ApiClient probation = as("probation");
		assertThat(currentSources(youth, probation.agencyId())).containsExactly("RESPONSE");
		assertThat(access("probation", youth, "MDT_MINUTES")).isEqualTo("allowed");

		Response early = probation.post("/api/v1/responses/" + response + "/close", Map.of("reason", "Done"));
		assertThat(early.code()).as(early.toString()).isEqualTo("T9010");
		Response met = probation.post("/api/v1/responses/" + response + "/clocks/convene/met", Map.of());
		assertThat(met.status()).as(met.toString()).isEqualTo(200);
		Response notLead = as("socialworker").post("/api/v1/responses/" + response + "/close",
				Map.of("reason", "Done"));
		assertThat(notLead.code()).as(notLead.toString()).isEqualTo("T9012");
		Response noReason = probation.post("/api/v1/responses/" + response + "/close", Map.of("reason", " "));
		assertThat(noReason.code()).isEqualTo("T1012");

		Response closed = probation.post("/api/v1/responses/" + response + "/close",
				Map.of("reason", "The team met; child welfare carries on"));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(closed.json().path("closeReason").asString()).isEqualTo("The team met; child welfare carries on");
		assertThat(currentSources(youth, probation.agencyId())).isEmpty();
		assertThat(access("probation", youth, "MDT_MINUTES")).isEqualTo("T4103");
		assertThat(access("socialworker", youth, "MDT_MINUTES")).as("the open case holds child welfare")
			.isEqualTo("allowed");
		assertThat(currentSources(youth, as("socialworker").agencyId())).as("listed, held by its case alone")
			.containsExactly("CASE");
		assertThat(as("supervisor").post("/api/v1/responses/" + response + "/close", Map.of("reason", "Again")).code())
			.isEqualTo("T9009");
	}

	@Test
	void aTaskGivenToAnotherAgencyOrDoneTakesItsAgencyOffTheTeam() {
		UUID youth = youth();
		ApiClient worker = as("socialworker");
		Response placed = worker.post("/api/v1/youth/" + youth + "/placements", Map.of("type", "FOSTER_HOME",
				"startedOn", LocalDate.now(ZoneId.of("America/Los_Angeles")).minusDays(20).toString()));
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		Response episode = worker.post("/api/v1/youth/" + youth + "/episodes",
				Map.of("startedAt", NOW.minusHours(3).toString()));
		assertThat(episode.status()).as(episode.toString()).isEqualTo(201);
		String task = worker.get("/api/v1/youth/" + youth + "/tasks")
			.json()
			.valueStream()
			.filter(t -> t.path("type").asString().equals("NCMEC_REPORT"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no report to NCMEC"))
			.path("id")
			.asString();
		String publicHealth = as("nurse").agencyId();
		String mentalHealth = as("clinician").agencyId();

		Response toNurse = worker.post("/api/v1/tasks/" + task + "/reassign", Map.of("ownerAgencyId", publicHealth));
		assertThat(toNurse.status()).as(toNurse.toString()).isEqualTo(200);
		assertThat(currentSources(youth, publicHealth)).containsExactly("TASK");
		assertThat(access("nurse", youth, "LOCATION")).isEqualTo("allowed");

		Response toClinician = as("nurse").post("/api/v1/tasks/" + task + "/reassign",
				Map.of("ownerAgencyId", mentalHealth, "ownerUserId", as("clinician").userId()));
		assertThat(toClinician.status()).as(toClinician.toString()).isEqualTo(200);
		assertThat(toClinician.json().path("owner").path("agencyId").asString()).isEqualTo(mentalHealth);
		assertThat(access("nurse", youth, "LOCATION")).as("no longer given the task").isEqualTo("T4103");
		assertThat(access("clinician", youth, "LOCATION")).isEqualTo("allowed");
		Response unknown = as("clinician").post("/api/v1/tasks/" + task + "/reassign",
				Map.of("ownerAgencyId", UUID.randomUUID().toString()));
		assertThat(unknown.code()).isEqualTo("T9213");

		Response done = as("clinician").post("/api/v1/tasks/" + task + "/complete", Map.of("reportNumber", "NC-1"));
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		assertThat(access("clinician", youth, "LOCATION")).as("done with the task").isEqualTo("T4103");
		assertThat(access("socialworker", youth, "LOCATION")).isEqualTo("allowed");
	}

}
