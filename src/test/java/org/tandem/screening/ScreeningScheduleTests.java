package org.tandem.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.tandem.screening.ScreeningFixtures.brief;
import static org.tandem.screening.ScreeningFixtures.briefAnswers;
import static org.tandem.screening.ScreeningFixtures.submitted;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.assertj.core.data.TemporalUnitOffset;
import org.assertj.core.data.TemporalUnitWithinOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.Database;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;

/**
 * The screening worklist (GET /api/v1/screenings/due) and its triggers (POST
 * /api/v1/youth/{id}/screening-triggers) over real HTTP, as the demo social worker.
 * Registration and screening times are moved back as the database superuser to make youth
 * due. The worklist lists youth due now or within
 * {@code tandem.screening.due-soon-window} (14 days), so a youth registered today (intake
 * due in 30 days) is not on it yet.
 */
@TandemTest
class ScreeningScheduleTests {

	private static final String DUE = "/api/v1/screenings/due";

	/** The most the API gives; far more than the shared database has due. */
	private static final int ALL = 1000;

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedPostgres postgres;

	ApiClient worker;

	@BeforeEach
	void signIn() {
		worker = new ApiClient(port).as("socialworker");
	}

	@Test
	void aYouthOfTwelveIsDueForIntakeThirtyDaysAfterRegistration() {
		UUID youth = ScreeningFixtures.youthAged(worker, 12);

		// Registered now: due in 30 days, beyond the 14-day window, so not listed yet.
		assertThat(find("COUNTY", youth)).isEmpty();

		// Registered 20 days ago: due in 10 days, within the window.
		Instant registered = registeredAgo(youth, "20 days");
		Due soon = find("COUNTY", youth).orElseThrow(() -> new AssertionError("not listed 20 days in"));
		assertThat(soon.reason()).isEqualTo("INTAKE");
		assertThat(soon.dueAt()).isCloseTo(registered.plus(Duration.ofDays(30)), seconds(1));
		assertThat(soon.overdue()).isFalse();
		assertThat(soon.lastScreenedOn()).isNull();
		assertThat(soon.lastLevel()).isNull();
		assertThat(soon.json().path("dateOfBirth").asString()).isNotBlank();
		assertThat(soon.json().path("lastName").asString()).isNotBlank();

		// Registered 40 days ago: overdue since 10 days.
		registered = registeredAgo(youth, "40 days");
		Due late = find("COUNTY", youth).orElseThrow(() -> new AssertionError("not listed 40 days in"));
		assertThat(late.reason()).isEqualTo("INTAKE");
		assertThat(late.dueAt()).isCloseTo(registered.plus(Duration.ofDays(30)), seconds(1));
		assertThat(late.overdue()).isTrue();
	}

	@Test
	void theWorklistIsSoonestFirstLimitedAndAudited() {
		UUID later = ScreeningFixtures.youthAged(worker, 15);
		UUID sooner = ScreeningFixtures.youthAged(worker, 15);
		registeredAgo(later, "25 days");
		registeredAgo(sooner, "50 days");

		List<UUID> ids = ids("COUNTY");

		assertThat(ids).contains(sooner, later);
		assertThat(ids.indexOf(sooner)).isLessThan(ids.indexOf(later));
		List<Instant> dueAts = due(worker, "COUNTY").stream().map(Due::dueAt).toList();
		assertThat(dueAts).isSorted();
		assertThat(worker.get(DUE + "?scope=COUNTY&limit=1").json().size()).isEqualTo(1);
		Response none = worker.get(DUE + "?scope=COUNTY&limit=0");
		assertThat(none.status()).as("a limit below 1 is refused, not raised: " + none).isEqualTo(400);
		assertThat(none.code()).isEqualTo("T1016");

		JsonNode audit = new ApiClient(port).as("admin").get("/api/v1/audit?youthId=" + sooner).json();
		assertThat(audit.values()).anySatisfy(entry -> {
			assertThat(entry.path("action").asString()).isEqualTo("YOUTH_LISTED");
			assertThat(entry.path("detail").asString()).isEqualTo("screening worklist");
			assertThat(entry.path("actorUsername").asString()).isEqualTo("socialworker");
		});
	}

	@Test
	void refusesAnUnknownScope() {
		Response refused = worker.get(DUE + "?scope=EVERYONE");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1013");
	}

	@Test
	void aYouthUnderTenIsListedOnlyAfterATrigger() {
		UUID youth = ScreeningFixtures.youthAged(worker, 8);
		registeredAgo(youth, "20 days");
		assertThat(find("COUNTY", youth)).as("an 8-year-old is not on the universal schedule").isEmpty();
		registeredAgo(youth, "0 days");

		Response recorded = trigger(youth, "HIGH_RISK_UNDER_TEN", "sibling identified", null);

		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		assertThat(recorded.json().path("youthId").asString()).isEqualTo(youth.toString());
		assertThat(recorded.json().path("reason").asString()).isEqualTo("HIGH_RISK_UNDER_TEN");
		Instant due = Instant.parse(recorded.json().path("dueAt").asString());
		assertThat(due).isCloseTo(Instant.now().plus(Duration.ofDays(7)), seconds(60));
		Due listed = find("COUNTY", youth).orElseThrow(() -> new AssertionError("not listed after a trigger"));
		assertThat(listed.reason()).isEqualTo("HIGH_RISK_UNDER_TEN");
		assertThat(listed.dueAt()).isCloseTo(due, seconds(1));
		assertThat(listed.overdue()).isFalse();
	}

	/**
	 * BUG: an under-ten youth who was registered long ago and then triggered is listed as
	 * INTAKE, overdue since weeks, although the universal schedule never applied to them:
	 * the trigger only lets them into the list, but the due date is still the least of
	 * the trigger's and the schedule's. They should be due by the trigger (7 days), with
	 * its reason, not overdue.
	 */
	@Test
	void anUnderTenYouthRegisteredLongAgoIsDueByTheTriggerNotByTheIntakeSchedule() {
		UUID youth = ScreeningFixtures.youthAged(worker, 8);
		registeredAgo(youth, "60 days");

		Response recorded = trigger(youth, "HIGH_RISK_UNDER_TEN", null, null);
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		Instant due = Instant.parse(recorded.json().path("dueAt").asString());

		Due listed = find("COUNTY", youth).orElseThrow(() -> new AssertionError("not listed after a trigger"));
		assertThat(listed.reason()).as("reason of %s", listed.json()).isEqualTo("HIGH_RISK_UNDER_TEN");
		assertThat(listed.dueAt()).as("due of %s", listed.json()).isCloseTo(due, seconds(1));
		assertThat(listed.overdue()).as("overdue of %s", listed.json()).isFalse();
	}

	@Test
	void afterAScreeningTheYouthIsNotDueAgainUntilSixMonthsLater() {
		UUID youth = ScreeningFixtures.youthAged(worker, 12);
		registeredAgo(youth, "40 days");
		assertThat(find("COUNTY", youth)).hasValueSatisfying(d -> assertThat(d.overdue()).isTrue());

		UUID screening = submitted(worker, youth, brief(briefAnswers()));

		assertThat(find("COUNTY", youth)).as("just screened").isEmpty();

		// Screened 6 months less 10 days ago: due in 10 days, listed but not overdue.
		LocalDate screenedOn = screenedAgo(screening, "6 months", "-10 days");
		Due soon = find("COUNTY", youth).orElseThrow(() -> new AssertionError("not listed before rescreen"));
		assertThat(soon.reason()).isEqualTo("RESCREEN");
		assertThat(soon.overdue()).isFalse();
		assertThat(soon.lastScreenedOn()).isEqualTo(screenedOn);

		// Screened 7 months ago: overdue for the 6-monthly rescreen.
		screenedOn = screenedAgo(screening, "7 months", "0 days");
		Due late = find("COUNTY", youth).orElseThrow(() -> new AssertionError("not listed 7 months on"));
		assertThat(late.reason()).isEqualTo("RESCREEN");
		assertThat(late.overdue()).isTrue();
		assertThat(late.lastScreenedOn()).isEqualTo(screenedOn);
		assertThat(late.lastLevel()).isEqualTo("NO_CONCERN");
		// The brief screen's guide for no concern asks again in 180 days, which is sooner
		// than 6 months.
		LocalDate rescreen = screenedOn.plusDays(180).isBefore(screenedOn.plusMonths(6)) ? screenedOn.plusDays(180)
				: screenedOn.plusMonths(6);
		assertThat(late.dueAt()).isCloseTo(startOf(rescreen), seconds(Duration.ofDays(1).toSeconds()));
	}

	@Test
	void aRunawayReturnMakesARecentlyScreenedYouthDueInSeventyTwoHoursUntilScreenedAgain() {
		UUID youth = ScreeningFixtures.youthAged(worker, 14);
		submitted(worker, youth, brief(briefAnswers()));
		assertThat(find("COUNTY", youth)).isEmpty();

		Instant returned = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Response recorded = trigger(youth, "RUNAWAY_RETURN", "back at placement", returned);

		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		Instant due = Instant.parse(recorded.json().path("dueAt").asString());
		assertThat(due).isEqualTo(returned.plus(Duration.ofHours(72)));
		Due listed = find("COUNTY", youth).orElseThrow(() -> new AssertionError("not listed after return"));
		assertThat(listed.reason()).isEqualTo("RUNAWAY_RETURN");
		assertThat(listed.dueAt()).isEqualTo(due);
		assertThat(listed.overdue()).isFalse();
		assertThat(listed.lastLevel()).isEqualTo("NO_CONCERN");
		assertThat(listed.lastScreenedOn()).isNotNull();

		submitted(worker, youth, brief(briefAnswers("wh-1")));

		assertThat(find("COUNTY", youth)).as("screened after the return").isEmpty();
	}

	@Test
	void aRunawayReturnFourDaysAgoIsOverdue() {
		UUID youth = ScreeningFixtures.youthAged(worker, 14);
		Instant returned = Instant.now().minus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MICROS);

		assertThat(trigger(youth, "RUNAWAY_RETURN", null, returned).status()).isEqualTo(201);

		Due listed = find("COUNTY", youth).orElseThrow(() -> new AssertionError("not listed after return"));
		assertThat(listed.reason()).isEqualTo("RUNAWAY_RETURN");
		assertThat(listed.dueAt()).isEqualTo(returned.plus(Duration.ofHours(72)));
		assertThat(listed.overdue()).isTrue();
	}

	/**
	 * BUG: a screening clears a trigger when it was <em>submitted</em> after the trigger,
	 * even if it was <em>taken</em> before the event (a paper screening entered late,
	 * with a past screenedOn). Such a screening cannot address a runaway return that
	 * happened after it.
	 */
	@Test
	void aScreeningTakenBeforeTheRunawayReturnDoesNotClearIt() {
		UUID youth = ScreeningFixtures.youthAged(worker, 14);
		Instant returned = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS);
		assertThat(trigger(youth, "RUNAWAY_RETURN", null, returned).status()).isEqualTo(201);
		assertThat(find("COUNTY", youth)).isPresent();

		Map<String, Object> paper = brief(briefAnswers());
		paper.put("screenedOn", LocalDate.now().minusDays(10).toString());
		submitted(worker, youth, paper);

		Due listed = find("COUNTY", youth)
			.orElseThrow(() -> new AssertionError("a screening taken 10 days ago cleared yesterday's runaway return"));
		assertThat(listed.reason()).isEqualTo("RUNAWAY_RETURN");
	}

	/**
	 * BUG (same cause): amending a screening taken before a runaway return clears the
	 * trigger, because the amendment is submitted after it. A correction of an earlier
	 * screening is not a screening after the event.
	 */
	@Test
	void amendingAnEarlierScreeningDoesNotClearALaterTrigger() {
		UUID youth = ScreeningFixtures.youthAged(worker, 14);
		UUID earlier = submitted(worker, youth, brief(briefAnswers()));
		Instant returned = Instant.now().truncatedTo(ChronoUnit.MICROS);
		assertThat(trigger(youth, "RUNAWAY_RETURN", null, returned).status()).isEqualTo(201);
		assertThat(find("COUNTY", youth)).hasValueSatisfying(d -> assertThat(d.reason()).isEqualTo("RUNAWAY_RETURN"));

		Response amended = worker.post("/api/v1/screenings/" + earlier + "/amendments",
				Map.of("answers", briefAnswers("cr-3"), "reason", "typo in the earlier screening"));
		assertThat(amended.status()).as(amended.toString()).isEqualTo(201);

		Due listed = find("COUNTY", youth)
			.orElseThrow(() -> new AssertionError("amending the earlier screening cleared the runaway return"));
		assertThat(listed.reason()).isEqualTo("RUNAWAY_RETURN");
	}

	@Test
	void refusesATriggerForAYouthOutsideTheCountyOrWithoutAReason() {
		UUID elsewhere = ScreeningFixtures.youthAged(new ApiClient(port).as("socialworker2"), 14);

		for (UUID youth : List.of(UUID.randomUUID(), elsewhere)) {
			Response refused = trigger(youth, "OTHER", null, null);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
			assertThat(refused.code()).isEqualTo("T3001");
		}
		assertThat(find("COUNTY", elsewhere)).isEmpty();

		UUID ours = ScreeningFixtures.youthAged(worker, 14);
		Response noReason = worker.post("/api/v1/youth/" + ours + "/screening-triggers", Map.of("note", "?"));
		assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
		assertThat(noReason.code()).isEqualTo("T1002");
		assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");

		Response unknownReason = trigger(ours, "FULL_MOON", null, null);
		assertThat(unknownReason.status()).as(unknownReason.toString()).isEqualTo(400);
		assertThat(unknownReason.code()).isEqualTo("T1013");
		assertThat(find("COUNTY", ours)).isEmpty();
	}

	@Test
	void theAgencyScopeListsOnlyYouthTheWorkersAgencyIsInvolvedWith() {
		String agency = worker.get("/api/v1/me").json().path("agency").path("id").asString();
		Map<String, Object> ours = TestData.youth(TestData.word(), TestData.word(), LocalDate.now().minusYears(13));
		ours.put("agencyIds", List.of(agency));
		UUID withAgency = ScreeningFixtures.youth(worker, ours);
		UUID withoutAgency = ScreeningFixtures.youth(worker,
				TestData.youth(TestData.word(), TestData.word(), LocalDate.now().minusYears(13)));
		registeredAgo(withAgency, "40 days");
		registeredAgo(withoutAgency, "40 days");

		assertThat(ids("AGENCY")).contains(withAgency).doesNotContain(withoutAgency);
		assertThat(ids("COUNTY")).contains(withAgency, withoutAgency);
		// AGENCY is the default scope.
		assertThat(ids(worker.get(DUE).json())).contains(withAgency).doesNotContain(withoutAgency);

		// Another agency of the same county does not count.
		String probationAgency = new ApiClient(port).as("probation")
			.get("/api/v1/me")
			.json()
			.path("agency")
			.path("id")
			.asString();
		assumeThat(probationAgency).as("the demo probation officer works for another agency").isNotEqualTo(agency);
		Map<String, Object> theirs = TestData.youth(TestData.word(), TestData.word(), LocalDate.now().minusYears(13));
		theirs.put("agencyIds", List.of(probationAgency));
		UUID otherAgency = ScreeningFixtures.youth(worker, theirs);
		registeredAgo(otherAgency, "40 days");
		assertThat(ids("AGENCY")).contains(withAgency).doesNotContain(otherAgency);
		assertThat(ids("COUNTY")).contains(otherAgency);
		assertThat(ids(due(new ApiClient(port).as("probation"), "AGENCY"))).contains(otherAgency)
			.doesNotContain(withAgency);
	}

	@Test
	void theMineScopeListsYouthTheWorkerScreened() {
		UUID mine = ScreeningFixtures.youthAged(worker, 15);
		UUID theirs = ScreeningFixtures.youthAged(worker, 15);
		UUID nobodys = ScreeningFixtures.youthAged(worker, 15);
		ApiClient supervisor = new ApiClient(port).as("supervisor");
		UUID myScreening = submitted(worker, mine, brief(briefAnswers()));
		UUID theirScreening = submitted(supervisor, theirs, brief(briefAnswers()));
		screenedAgo(myScreening, "7 months", "0 days");
		screenedAgo(theirScreening, "7 months", "0 days");
		registeredAgo(nobodys, "40 days");

		assertThat(ids("MINE")).contains(mine).doesNotContain(theirs, nobodys);
		assertThat(ids("COUNTY")).contains(mine, theirs, nobodys);
		assertThat(ids(due(supervisor, "MINE"))).contains(theirs).doesNotContain(mine, nobodys);
	}

	@Test
	void anotherCountysYouthAreNeverListed() {
		ApiClient other = new ApiClient(port).as("socialworker2");
		UUID elsewhere = ScreeningFixtures.youthAged(other, 13);
		registeredAgo(elsewhere, "40 days");

		for (String scope : List.of("AGENCY", "COUNTY", "MINE")) {
			assertThat(ids(scope)).as(scope).doesNotContain(elsewhere);
		}
		assertThat(ids(due(other, "COUNTY"))).contains(elsewhere);
	}

	// --- helpers

	/** One line of the worklist as the API shows it. */
	record Due(UUID youthId, String reason, Instant dueAt, boolean overdue, LocalDate lastScreenedOn, String lastLevel,
			JsonNode json) {

		static Due of(JsonNode json) {
			JsonNode screenedOn = json.path("lastScreenedOn");
			JsonNode level = json.path("lastLevel");
			return new Due(UUID.fromString(json.path("youthId").asString()), json.path("reason").asString(),
					Instant.parse(json.path("dueAt").asString()), json.path("overdue").asBoolean(),
					screenedOn.isMissingNode() || screenedOn.isNull() ? null : LocalDate.parse(screenedOn.asString()),
					level.isMissingNode() || level.isNull() ? null : level.asString(), json);
		}
	}

	private List<Due> due(ApiClient client, String scope) {
		Response list = client.get(DUE + "?scope=" + scope + "&limit=" + ALL);
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().size()).as("the worklist must not be cut off by the limit").isLessThan(ALL);
		List<Due> due = new ArrayList<>();
		list.json().forEach(item -> due.add(Due.of(item)));
		return due;
	}

	private List<UUID> ids(String scope) {
		return ids(due(worker, scope));
	}

	private static List<UUID> ids(List<Due> due) {
		return due.stream().map(Due::youthId).toList();
	}

	private static List<UUID> ids(JsonNode list) {
		List<UUID> ids = new ArrayList<>();
		list.forEach(item -> ids.add(UUID.fromString(item.path("youthId").asString())));
		return ids;
	}

	private Optional<Due> find(String scope, UUID youth) {
		return due(worker, scope).stream().filter(due -> due.youthId().equals(youth)).findFirst();
	}

	private Response trigger(UUID youth, String reason, String note, Instant occurredAt) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reason", reason);
		if (note != null) {
			body.put("note", note);
		}
		if (occurredAt != null) {
			body.put("occurredAt", occurredAt.toString());
		}
		return worker.post("/api/v1/youth/" + youth + "/screening-triggers", body);
	}

	/**
	 * Moves the youth's registration back by the interval; returns the new registration
	 * time.
	 */
	private Instant registeredAgo(UUID youth, String interval) {
		try (Connection db = Database.asSuperuser(postgres);
				PreparedStatement update = db.prepareStatement(
						"update youth set created_at = now() - ?::interval where id = ? returning created_at")) {
			update.setString(1, interval);
			update.setObject(2, youth);
			try (ResultSet rs = update.executeQuery()) {
				assertThat(rs.next()).as("youth %s exists", youth).isTrue();
				return rs.getTimestamp(1).toInstant();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Moves the screening's date back by the interval, plus the adjustment; returns the
	 * new date.
	 */
	private LocalDate screenedAgo(UUID screening, String interval, String adjustment) {
		try (Connection db = Database.asSuperuser(postgres); PreparedStatement update = db.prepareStatement("""
				update screening set screened_on = (current_date - ?::interval - ?::interval)::date,
				    rescreen_by = rescreen_by + ((current_date - ?::interval - ?::interval)::date - screened_on)
				where id = ? returning screened_on""")) {
			update.setString(1, interval);
			update.setString(2, adjustment);
			update.setString(3, interval);
			update.setString(4, adjustment);
			update.setObject(5, screening);
			try (ResultSet rs = update.executeQuery()) {
				assertThat(rs.next()).as("screening %s exists", screening).isTrue();
				return rs.getObject(1, LocalDate.class);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Midnight at the start of the day, in the database's time zone (as the worklist
	 * query reads dates).
	 */
	private Instant startOf(LocalDate day) {
		try (Connection db = Database.asSuperuser(postgres);
				PreparedStatement query = db.prepareStatement("select ?::date::timestamptz")) {
			query.setObject(1, day);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getTimestamp(1).toInstant();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static TemporalUnitOffset seconds(long seconds) {
		return new TemporalUnitWithinOffset(seconds, ChronoUnit.SECONDS);
	}

}
