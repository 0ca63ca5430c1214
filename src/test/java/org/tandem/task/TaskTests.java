package org.tandem.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.Database;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.county.Counties;
import org.tandem.platform.Tenancy;
import org.tandem.youth.RunawayEpisodeEnded;
import org.tandem.youth.RunawayEpisodeStarted;
import tools.jackson.databind.JsonNode;
import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;
import org.tandem.youth.EpisodeId;

/**
 * Tasks with clocks, over real HTTP: the mandated hotline report of a suspicion, the
 * 24-hour missing reports and the 72-hour debrief of a runaway episode, each due a fixed
 * duration after the recorded moment (an instant, whatever the county's clocks do that
 * day), created once per cause, even when the cause's event is handled again as after a
 * restart.
 */
@TandemTest
class TaskTests {

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	/** The most the API gives; far more than the shared database has tasks. */
	private static final int ALL = 1000;

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Tenancy tenancy;

	@Autowired
	Counties counties;

	ApiClient worker;

	@BeforeEach
	void signIn() {
		worker = as("socialworker");
	}

	// --- the mandated report of a suspicion

	@Test
	void aSuspicionRecordedByAMandatedReporterOpensOneHotlineReportDueIn36Hours() {
		UUID youth = youth();

		Response determined = worker.post(determinations(youth), determination("SUSPECTED", null));
		assertThat(determined.status()).as(determined.toString()).isEqualTo(201);
		UUID determination = determined.id();
		// As stored: the clock of the task is computed from the recorded moment.
		Instant recordedAt = Instant
			.parse(worker.get(determinations(youth)).json().get(0).path("recordedAt").asString());
		assertThat(Instant.parse(determined.json().path("recordedAt").asString()))
			.isBetween(recordedAt.minusNanos(1000), recordedAt.plusNanos(1000));

		List<JsonNode> open = tasksOf(youth, "open");
		assertThat(open).as("open tasks of the youth").hasSize(1);
		JsonNode task = open.get(0);
		assertThat(task.path("type").asString()).isEqualTo("HOTLINE_REPORT");
		assertThat(task.path("youthId").asString()).isEqualTo(youth.toString());
		assertThat(task.path("subjectId").asString()).isEqualTo(determination.toString());
		assertThat(task.path("status").asString()).isEqualTo("OPEN");
		assertThat(Instant.parse(task.path("dueAt").asString())).isEqualTo(recordedAt.plus(Duration.ofHours(36)));
		assertThat(task.path("owner").path("agencyId").asString()).isEqualTo(agencyId("socialworker"));
		assertThat(task.path("owner").path("userId").asString()).isEqualTo(userId("socialworker"));
		assertThat(absent(task.path("reportNumber"))).isTrue();
		assertThat(absent(task.path("doneAt"))).isTrue();

		Response ofYouth = worker.get("/api/v1/youth/" + youth + "/tasks");
		assertThat(ofYouth.status()).as(ofYouth.toString()).isEqualTo(200);
		assertThat(ofYouth.json().size()).isEqualTo(1);
		assertThat(ofYouth.json().get(0).path("id").asString()).isEqualTo(task.path("id").asString());
	}

	@Test
	void anAtRiskDeterminationOrASuspicionByANonMandatedReporterOpensNoTask() {
		UUID youth = youth();

		assertThat(worker.post(determinations(youth), determination("AT_RISK", null)).status()).isEqualTo(201);
		assertThat(taskCount(youth)).as("after AT_RISK").isZero();

		// The analyst is aggregate-only under the disclosure rules: no individual youth,
		// so no determination.
		Response byAnalyst = as("analyst").post(determinations(youth), determination("SUSPECTED", null));
		assertThat(byAnalyst.status()).as(byAnalyst.toString()).isEqualTo(403);
		assertThat(byAnalyst.code()).isEqualTo("T4105");
		// The advocate may record (their agency joins the team) but is not a mandated
		// reporter by role.
		Response byAdvocate = as("advocate").post(determinations(youth), determination("SUSPECTED", null));
		assertThat(byAdvocate.status()).as(byAdvocate.toString()).isEqualTo(201);
		assertThat(taskCount(youth)).as("after the advocate's suspicion").isZero();
		assertThat(tasksOf(youth, null)).isEmpty();
	}

	@Test
	void aSecondDeterminationOnTheSameIncidentOpensNoSecondHotlineReport() {
		UUID youth = youth();
		UUID incident = incident(youth);

		Response suspected = worker.post(determinations(youth), determination("SUSPECTED", List.of(incident)));
		assertThat(suspected.status()).as(suspected.toString()).isEqualTo(201);
		List<JsonNode> first = tasksOf(youth, null);
		assertThat(first).hasSize(1);
		assertThat(first.get(0).path("type").asString()).isEqualTo("HOTLINE_REPORT");
		// The report's subject is the determination; it also covers the incident it rests
		// on.
		assertThat(first.get(0).path("subjectId").asString()).isEqualTo(suspected.id().toString());

		Response confirmed = as("supervisor").post(determinations(youth),
				determination("CONFIRMED", List.of(incident)));
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
		Response again = worker.post(determinations(youth), determination("suspected", List.of(incident)));
		assertThat(again.status()).as(again.toString()).isEqualTo(201);

		assertThat(tasksOf(youth, null)).as("still one hotline report").hasSize(1);
		assertThat(taskCount(youth)).isEqualTo(1);
	}

	/**
	 * A report is owed once per incident: a later determination resting only on an
	 * incident that an earlier report already covers opens no second one.
	 */
	@Test
	void aDeterminationOnAnIncidentAlreadyCoveredByAnEarlierReportOpensNoSecondOne() {
		UUID youth = youth();
		UUID a = incident(youth);
		UUID b = incident(youth);

		Response both = worker.post(determinations(youth), determination("SUSPECTED", List.of(a, b)));
		assertThat(both.status()).as(both.toString()).isEqualTo(201);
		assertThat(tasksOf(youth, null)).hasSize(1);

		Response onB = worker.post(determinations(youth), determination("CONFIRMED", List.of(b)));
		assertThat(onB.status()).as(onB.toString()).isEqualTo(201);

		assertThat(tasksOf(youth, null)).as("incident %s was already reported with %s", b, a).hasSize(1);
	}

	@Test
	void completingAHotlineReportNeedsTheReportNumberAndHappensOnce() {
		UUID youth = youth();
		assertThat(worker.post(determinations(youth), determination("SUSPECTED", null)).status()).isEqualTo(201);
		String task = tasksOf(youth, "open").get(0).path("id").asString();
		String complete = "/api/v1/tasks/" + task + "/complete";

		Response withoutNumber = worker.post(complete, Map.of("note", "called"));
		assertThat(withoutNumber.status()).as(withoutNumber.toString()).isEqualTo(400);
		assertThat(withoutNumber.code()).isEqualTo("T9003");
		assertThat(withoutNumber.json().path("errors").get(0).path("field").asString()).isEqualTo("reportNumber");
		Response blankNumber = worker.post(complete, Map.of("reportNumber", "  "));
		assertThat(blankNumber.code()).isEqualTo("T9003");
		Response noBody = worker.send("POST", complete, java.net.http.HttpRequest.BodyPublishers.noBody(), null);
		assertThat(noBody.status()).as(noBody.toString()).isEqualTo(400);
		assertThat(noBody.code()).isEqualTo("T9003");
		Response inTheFuture = worker.post(complete,
				Map.of("reportNumber", "HL-1", "doneAt", OffsetDateTime.now().plusHours(2).toString()));
		assertThat(inTheFuture.status()).as(inTheFuture.toString()).isEqualTo(400);
		assertThat(inTheFuture.code()).isEqualTo("T7002");
		assertThat(tasksOf(youth, "open")).as("still open").hasSize(1);

		Instant doneAt = Instant.parse("2026-11-20T18:15:00Z");
		Response done = worker.post(complete, Map.of("reportNumber", " HL-2026-004217 ", "doneAt",
				"2026-11-20T10:15:00-08:00", "note", "written report faxed"));
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		assertThat(done.json().path("status").asString()).isEqualTo("DONE");
		assertThat(done.json().path("reportNumber").asString()).isEqualTo("HL-2026-004217");
		assertThat(Instant.parse(done.json().path("doneAt").asString())).isEqualTo(doneAt);

		assertThat(tasksOf(youth, "open")).isEmpty();
		List<JsonNode> finished = tasksOf(youth, "done");
		assertThat(finished).hasSize(1);
		assertThat(finished.get(0).path("id").asString()).isEqualTo(task);
		assertThat(finished.get(0).path("reportNumber").asString()).isEqualTo("HL-2026-004217");
		assertThat(finished.get(0).path("note").asString()).isEqualTo("written report faxed");
		assertThat(Instant.parse(finished.get(0).path("doneAt").asString())).isEqualTo(doneAt);

		Response again = worker.post(complete, Map.of("reportNumber", "HL-2026-009999"));
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("T9002");
		assertThat(tasksOf(youth, "done").get(0).path("reportNumber").asString()).isEqualTo("HL-2026-004217");
	}

	/**
	 * BUG: a report number longer than the database allows (100 characters) is not
	 * checked by {@code Tasks.complete}; the CHECK constraint refuses the update and the
	 * client gets 500 T1099.
	 */
	@Test
	void refusesATooLongReportNumberAsABadRequest() {
		UUID youth = youth();
		assertThat(worker.post(determinations(youth), determination("SUSPECTED", null)).status()).isEqualTo(201);
		String task = tasksOf(youth, "open").get(0).path("id").asString();

		Response refused = worker.post("/api/v1/tasks/" + task + "/complete", Map.of("reportNumber", "9".repeat(101)));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("reportNumber");
		assertThat(tasksOf(youth, "open")).hasSize(1);
	}

	@Test
	void refusesAnUnknownTaskOrStatus() {
		Response unknown = worker.post("/api/v1/tasks/" + UUID.randomUUID() + "/complete", Map.of("reportNumber", "1"));
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("T9001");

		Response badStatus = worker.get("/api/v1/tasks?status=later");
		assertThat(badStatus.status()).as(badStatus.toString()).isEqualTo(400);
		assertThat(badStatus.code()).isEqualTo("T1013");
	}

	// --- runaway episodes

	@Test
	void missingReportsAreDue24HoursLaterAcrossTheSpringForwardChange() {
		UUID youth = youth();
		Instant started = OffsetDateTime.parse("2026-03-07T10:00:00-08:00").toInstant();

		UUID episode = startEpisode(youth, "2026-03-07T10:00:00-08:00");

		List<JsonNode> tasks = tasksOf(youth, "open");
		assertThat(tasks).extracting(t -> t.path("type").asString())
			.containsExactlyInAnyOrder("LAW_ENFORCEMENT_MISSING_REPORT", "NCMEC_REPORT");
		Instant due = OffsetDateTime.parse("2026-03-08T11:00:00-07:00").toInstant();
		assertThat(due).isEqualTo(Instant.parse("2026-03-08T18:00:00Z")).isEqualTo(started.plus(Duration.ofHours(24)));
		for (JsonNode task : tasks) {
			assertThat(Instant.parse(task.path("dueAt").asString())).as("due of %s", task).isEqualTo(due);
			assertThat(task.path("subjectId").asString()).isEqualTo(episode.toString());
			assertThat(task.path("owner").path("agencyId").asString()).isEqualTo(agencyId("socialworker"));
			// 24 hours on the clock read 11:00 the next day, not 10:00: one hour of the
			// night was skipped.
			assertThat(LocalDateTime.ofInstant(Instant.parse(task.path("dueAt").asString()), LOS_ANGELES))
				.isEqualTo(LocalDateTime.parse("2026-03-08T11:00:00"));
			// written with the county's offset, as clocks are: the local time a worker
			// reads on the page
			assertThat(task.path("dueAt").asString()).isEqualTo("2026-03-08T11:00:00-07:00");
		}

		// Back in the night of the change, before 2:00 became 3:00.
		Instant ended = OffsetDateTime.parse("2026-03-08T01:30:00-08:00").toInstant();
		endEpisode(episode, "2026-03-08T01:30:00-08:00");

		JsonNode debrief = only(tasksOf(youth, "open"), "RUNAWAY_DEBRIEF");
		assertThat(Instant.parse(debrief.path("dueAt").asString())).isEqualTo(ended.plus(Duration.ofHours(72)))
			.isEqualTo(Instant.parse("2026-03-11T09:30:00Z"))
			.isEqualTo(OffsetDateTime.parse("2026-03-11T02:30:00-07:00").toInstant());
		assertThat(debrief.path("subjectId").asString()).isEqualTo(episode.toString());
		assertThat(tasksOf(youth, null)).hasSize(3);

		// The debrief is not a report: done without a report number.
		Response done = worker.post("/api/v1/tasks/" + debrief.path("id").asString() + "/complete", Map.of());
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		assertThat(done.json().path("status").asString()).isEqualTo("DONE");
	}

	@Test
	void clocksAreInstantsAcrossTheFallBackChange() {
		// 01:30 happens twice on 1 November 2026 in Los Angeles: first at -07:00, then at
		// -08:00.
		UUID early = youth();
		UUID late = youth();
		UUID earlyEpisode = startEpisode(early, "2026-10-31T10:00:00-07:00");
		UUID lateEpisode = startEpisode(late, "2026-11-01T01:30:00-08:00");

		for (JsonNode task : tasksOf(early, "open")) {
			assertThat(Instant.parse(task.path("dueAt").asString())).as("due of %s", task)
				.isEqualTo(Instant.parse("2026-11-01T17:00:00Z"))
				.isEqualTo(OffsetDateTime.parse("2026-11-01T09:00:00-08:00").toInstant());
		}
		assertThat(tasksOf(early, "open")).hasSize(2);
		for (JsonNode task : tasksOf(late, "open")) {
			assertThat(Instant.parse(task.path("dueAt").asString())).as("due of %s", task)
				.isEqualTo(Instant.parse("2026-11-02T09:30:00Z"))
				.isEqualTo(OffsetDateTime.parse("2026-11-02T01:30:00-08:00").toInstant());
		}
		assertThat(tasksOf(late, "open")).hasSize(2);

		endEpisode(earlyEpisode, "2026-11-01T01:30:00-07:00");
		endEpisode(lateEpisode, "2026-11-01T03:00:00-08:00");

		Instant earlyDebrief = Instant.parse(only(tasksOf(early, "open"), "RUNAWAY_DEBRIEF").path("dueAt").asString());
		Instant lateDebrief = Instant.parse(only(tasksOf(late, "open"), "RUNAWAY_DEBRIEF").path("dueAt").asString());
		assertThat(earlyDebrief).isEqualTo(Instant.parse("2026-11-04T08:30:00Z"))
			.isEqualTo(OffsetDateTime.parse("2026-11-01T01:30:00-07:00").toInstant().plus(Duration.ofHours(72)));
		// 72 hours after the first 01:30 is 00:30 on the clock three days later: the
		// night had 25 hours.
		assertThat(LocalDateTime.ofInstant(earlyDebrief, LOS_ANGELES))
			.isEqualTo(LocalDateTime.parse("2026-11-04T00:30:00"));
		assertThat(lateDebrief).isEqualTo(Instant.parse("2026-11-04T11:00:00Z"));
	}

	@Test
	void theSameLocalTimeWithTheOtherOffsetIsAnotherInstant() {
		UUID first = youth();
		UUID second = youth();
		UUID one = startEpisode(first, "2026-10-31T20:00:00-07:00");
		UUID two = startEpisode(second, "2026-10-31T20:00:00-07:00");

		endEpisode(one, "2026-11-01T01:30:00-07:00");
		endEpisode(two, "2026-11-01T01:30:00-08:00");

		Instant a = Instant.parse(only(tasksOf(first, "open"), "RUNAWAY_DEBRIEF").path("dueAt").asString());
		Instant b = Instant.parse(only(tasksOf(second, "open"), "RUNAWAY_DEBRIEF").path("dueAt").asString());
		assertThat(Duration.between(a, b)).isEqualTo(Duration.ofHours(1));
		assertThat(a).isEqualTo(Instant.parse("2026-11-04T08:30:00Z"));
		assertThat(b).isEqualTo(Instant.parse("2026-11-04T09:30:00Z"));
	}

	@Test
	void aReturnMakesTheYouthDueForScreeningWithin72Hours() {
		UUID youth = youth();
		UUID episode = startEpisode(youth, "2026-03-07T10:00:00-08:00");
		Instant ended = OffsetDateTime.parse("2026-03-08T01:30:00-08:00").toInstant();

		endEpisode(episode, "2026-03-08T01:30:00-08:00");

		Response due = worker.get("/api/v1/screenings/due?scope=COUNTY&limit=" + ALL);
		assertThat(due.status()).as(due.toString()).isEqualTo(200);
		assertThat(due.json().size()).as("the worklist must not be cut off").isLessThan(ALL);
		JsonNode listed = null;
		for (JsonNode item : due.json()) {
			if (item.path("youthId").asString().equals(youth.toString())) {
				listed = item;
			}
		}
		assertThat(listed).as("youth %s on the worklist after the return", youth).isNotNull();
		assertThat(listed.path("reason").asString()).isEqualTo("RUNAWAY_RETURN");
		assertThat(Instant.parse(listed.path("dueAt").asString())).isEqualTo(ended.plus(Duration.ofHours(72)));
		assertThat(listed.path("overdue").asBoolean()).isTrue();
	}

	@Test
	void anEpisodeRefusedCreatesNoTasks() {
		UUID youth = youth();
		Response future = worker.post("/api/v1/youth/" + youth + "/episodes",
				Map.of("startedAt", OffsetDateTime.now().plusDays(1).toString()));
		assertThat(future.status()).as(future.toString()).isEqualTo(400);
		assertThat(future.code()).isEqualTo("T7002");
		assertThat(taskCount(youth)).isZero();

		UUID episode = startEpisode(youth, "2026-06-01T08:00:00-07:00");
		Response second = worker.post("/api/v1/youth/" + youth + "/episodes",
				Map.of("startedAt", "2026-06-02T08:00:00-07:00"));
		assertThat(second.status()).as(second.toString()).isEqualTo(409);
		assertThat(second.code()).isEqualTo("T8005");
		assertThat(taskCount(youth)).isEqualTo(2);

		Response backwards = worker.post("/api/v1/episodes/" + episode + "/end",
				Map.of("endedAt", "2026-05-31T08:00:00-07:00"));
		assertThat(backwards.status()).as(backwards.toString()).isEqualTo(400);
		assertThat(backwards.code()).isEqualTo("T8003");
		assertThat(taskCount(youth)).isEqualTo(2);
	}

	@Test
	void aRestartNeitherLosesNorDuplicatesTasks() {
		UUID youth = youth();
		UUID episode = startEpisode(youth, "2026-04-10T22:00:00-07:00");
		Instant started = OffsetDateTime.parse("2026-04-10T22:00:00-07:00").toInstant();

		// The tasks are rows, written with the episode: nothing held in memory to lose.
		assertThat(taskCount(youth)).isEqualTo(2);
		JsonNode owner = tasksOf(youth, null).get(0).path("owner");
		UUID by = UUID.fromString(owner.path("userId").asString());
		UUID agency = UUID.fromString(owner.path("agencyId").asString());
		UUID county = counties.findByName("Demo County").orElseThrow().id();
		List<String> before = taskRows(youth);

		// The event handled again, as a replay after a restart would.
		tenancy.inCounty(county, () -> events.publishEvent(new RunawayEpisodeStarted(YouthId.of(youth),
				EpisodeId.of(episode), started, UserId.of(by), AgencyId.of(agency))));

		assertThat(taskCount(youth)).as("after replaying the start").isEqualTo(2);
		assertThat(taskRows(youth)).as("the same rows, unchanged").isEqualTo(before);

		Instant ended = OffsetDateTime.parse("2026-04-12T09:00:00-07:00").toInstant();
		endEpisode(episode, "2026-04-12T09:00:00-07:00");
		assertThat(taskCount(youth)).isEqualTo(3);
		List<String> afterEnd = taskRows(youth);

		tenancy.inCounty(county, () -> {
			events.publishEvent(new RunawayEpisodeEnded(YouthId.of(youth), EpisodeId.of(episode), started, ended,
					UserId.of(by), AgencyId.of(agency)));
			events.publishEvent(new RunawayEpisodeStarted(YouthId.of(youth), EpisodeId.of(episode), started,
					UserId.of(by), AgencyId.of(agency)));
		});

		assertThat(taskCount(youth)).as("after replaying both").isEqualTo(3);
		assertThat(taskRows(youth)).isEqualTo(afterEnd);
		assertThat(tasksOf(youth, null)).extracting(t -> t.path("type").asString())
			.containsExactlyInAnyOrder("LAW_ENFORCEMENT_MISSING_REPORT", "NCMEC_REPORT", "RUNAWAY_DEBRIEF");
	}

	/**
	 * Whether a suspicion's hotline report may be seen by someone who may not see the
	 * youth's status. BUG (as the visibility rule reads): the task list of the county
	 * shows the advocate a HOTLINE_REPORT naming the youth and the determination, which
	 * discloses that a suspicion of exploitation was recorded, although the determination
	 * itself is refused to them (T7010).
	 */
	@Test
	void aHotlineReportDoesNotDiscloseTheSuspicionToSomeoneOutsideTheTeam() {
		UUID youth = youth();
		Response determined = worker.post(determinations(youth), determination("SUSPECTED", null));
		assertThat(determined.status()).as(determined.toString()).isEqualTo(201);
		ApiClient advocate = as("advocate");
		assertThat(advocate.get(determinations(youth)).code()).isEqualTo("T4103");

		Response all = advocate.get("/api/v1/tasks?limit=" + ALL);
		Response ofYouth = advocate.get("/api/v1/youth/" + youth + "/tasks");

		assertThat(all.body()).as("the county's task list, as the advocate").doesNotContain(determined.id().toString());
		assertThat(ofYouth.status() == 403 || !ofYouth.body().contains("HOTLINE_REPORT"))
			.as("the youth's tasks, as the advocate: %s", ofYouth)
			.isTrue();
	}

	@Test
	void anotherCountySeesNoneOfTheTasks() {
		UUID youth = youth();
		assertThat(worker.post(determinations(youth), determination("SUSPECTED", null)).status()).isEqualTo(201);
		String task = tasksOf(youth, "open").get(0).path("id").asString();
		ApiClient other = as("socialworker2");

		assertThat(other.get("/api/v1/tasks?limit=" + ALL).body()).doesNotContain(youth.toString());
		Response complete = other.post("/api/v1/tasks/" + task + "/complete", Map.of("reportNumber", "X"));
		assertThat(complete.status()).as(complete.toString()).isEqualTo(404);
		assertThat(complete.code()).isEqualTo("T9001");
		assertThat(tasksOf(youth, "open")).hasSize(1);
	}

	// --- helpers

	private ApiClient as(String username) {
		return new ApiClient(port).as(username);
	}

	private String agencyId(String username) {
		return as(username).agencyId();
	}

	private String userId(String username) {
		return as(username).userId();
	}

	/**
	 * A youth of 14 with Child Welfare Services involved, registered by the social
	 * worker.
	 */
	private UUID youth() {
		Map<String, Object> body = TestData.youth(TestData.word(), TestData.word(), LocalDate.now().minusYears(14));
		body.put("agencyIds", List.of(agencyId("socialworker")));
		body.put("confirmNotDuplicate", true);
		Response created = worker.post("/api/v1/youth", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private UUID incident(UUID youth) {
		LocalDate day = LocalDate.now(LOS_ANGELES).minusDays(7);
		Response created = worker.post("/api/v1/youth/" + youth + "/incidents",
				Map.of("occurredFrom", day.toString(), "kinds", List.of("COMMERCIAL_SEX")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private static Map<String, Object> determination(String kind, List<UUID> incidents) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("determinedAt", LocalDate.now(LOS_ANGELES).toString());
		body.put("source", "DISCLOSURE");
		if (incidents != null) {
			body.put("incidentIds", incidents.stream().map(UUID::toString).toList());
		}
		return body;
	}

	private UUID startEpisode(UUID youth, String startedAt) {
		Response started = worker.post("/api/v1/youth/" + youth + "/episodes", Map.of("startedAt", startedAt));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		assertThat(Instant.parse(started.json().path("startedAt").asString()))
			.isEqualTo(OffsetDateTime.parse(startedAt).toInstant());
		return started.id();
	}

	private void endEpisode(UUID episode, String endedAt) {
		Response ended = worker.post("/api/v1/episodes/" + episode + "/end",
				Map.of("endedAt", endedAt, "returnedToSameCaregiver", true));
		assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
		assertThat(Instant.parse(ended.json().path("endedAt").asString()))
			.isEqualTo(OffsetDateTime.parse(endedAt).toInstant());
	}

	/**
	 * The youth's tasks in the county's list, as the social worker sees it: open, done,
	 * or all (null).
	 */
	private List<JsonNode> tasksOf(UUID youth, String status) {
		Response list = worker.get("/api/v1/tasks?limit=" + ALL + (status == null ? "" : "&status=" + status));
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().size()).as("the task list must not be cut off").isLessThan(ALL);
		List<JsonNode> found = new ArrayList<>();
		list.json().forEach(task -> {
			if (task.path("youthId").asString().equals(youth.toString())) {
				found.add(task);
			}
		});
		return found;
	}

	private static JsonNode only(List<JsonNode> tasks, String type) {
		List<JsonNode> ofType = tasks.stream().filter(t -> t.path("type").asString().equals(type)).toList();
		assertThat(ofType).as("%s among %s", type, tasks).hasSize(1);
		return ofType.get(0);
	}

	/**
	 * Rows of the youth's tasks, counted as the superuser (no row-level security, no
	 * application).
	 */
	private int taskCount(UUID youth) {
		try (Connection db = Database.asSuperuser(postgres);
				PreparedStatement query = db.prepareStatement("select count(*) from task where youth_id = ?")) {
			query.setObject(1, youth);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> taskRows(UUID youth) {
		try (Connection db = Database.asSuperuser(postgres); PreparedStatement query = db.prepareStatement("""
				select id, task_type, subject_id, due_at, owner_agency_id, owner_user_id, status, created_at
				from task where youth_id = ? order by task_type""")) {
			query.setObject(1, youth);
			List<String> rows = new ArrayList<>();
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					StringBuilder row = new StringBuilder();
					for (int i = 1; i <= 8; i++) {
						row.append(rs.getString(i)).append('|');
					}
					rows.add(row.toString());
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean absent(JsonNode node) {
		return node.isMissingNode() || node.isNull();
	}

	private static String determinations(UUID youth) {
		return "/api/v1/youth/" + youth + "/determinations";
	}

}
