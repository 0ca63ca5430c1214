package org.tandem.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Observations and series over JSON: changes and trends in the measure's direction,
 * derived measures computed from the youth's runaway episodes and placements (across both
 * changes of clock and a new year in the county's zone), bad input refused on its field
 * in English and Spanish, and the decision point hiding what an agency may not see.
 */
@TandemTest
class OutcomeApiTests {

	private static final ZoneId COUNTY = ZoneId.of("America/Los_Angeles");

	@LocalServerPort
	int port;

	private ApiClient worker;

	private UUID youthId;

	@BeforeEach
	void youth() {
		worker = new ApiClient(port).as("socialworker");
		Map<String, Object> youth = TestData.youth(TestData.word(), "Zzoutcome" + TestData.word().toLowerCase(),
				LocalDate.of(2010, 4, 2));
		// child welfare and probation serve the youth: on the team
		youth.put("agencyIds", List.of(worker.agencyId(), new ApiClient(port).as("probation").agencyId()));
		Response created = worker.post("/api/v1/youth", youth);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		youthId = created.id();
	}

	private String path(String rest) {
		return "/api/v1/youth/" + youthId + rest;
	}

	private Response observe(ApiClient who, String measure, Object value, String on) {
		Map<String, Object> body = new HashMap<>();
		body.put("measureId", measure);
		body.put("value", value);
		body.put("observedOn", on);
		return who.post(path("/outcome-observations"), body);
	}

	@Test
	void eachValueShowsItsChangeAndTheTrendHonoursTheDirection() {
		assertThat(observe(worker, "school-days-per-week", 2, "2026-09-07").status()).isEqualTo(201);
		Response third = observe(worker, "school-days-per-week", 4, "2026-09-21");
		assertThat(third.status()).as(third.toString()).isEqualTo(201);
		assertThat(third.json().path("period").asString()).isEqualTo("PER_WEEK");
		assertThat(observe(worker, "school-days-per-week", 3.5, "2026-09-14").status()).isEqualTo(201);

		JsonNode school = worker.get(path("/outcomes?measureId=school-days-per-week")).json();
		assertThat(school.path("measure").path("id").asString()).isEqualTo("school-days-per-week");
		assertThat(points(school, "on")).containsExactly("2026-09-07", "2026-09-14", "2026-09-21");
		assertThat(numbers(school, "value")).containsExactly(2.0, 3.5, 4.0);
		assertThat(numbers(school, "change")).containsExactly(null, 1.5, 0.5);
		assertThat(school.path("points").get(0).path("derived").asBoolean()).isFalse();
		assertThat(school.path("trend").asString()).isEqualTo("IMPROVING");

		observe(worker, "nights-out-per-week", 5, "2026-10-01");
		observe(worker, "nights-out-per-week", 1, "2026-10-08");
		assertThat(worker.get(path("/outcomes?measureId=nights-out-per-week")).json().path("trend").asString())
			.as("fewer nights out is progress")
			.isEqualTo("IMPROVING");
		observe(worker, "nights-out-per-week", 1, "2026-10-15");
		assertThat(worker.get(path("/outcomes?measureId=nights-out-per-week")).json().path("trend").asString())
			.isEqualTo("STABLE");

		JsonNode one = worker.get(path("/outcomes?measureId=credits-per-semester")).json();
		assertThat(one.path("points").size()).isZero();
		assertThat(one.path("trend").asString("")).as("no trend without two values").isEmpty();
	}

	/**
	 * 30 hours away across the end of summer time (1 November 2025 08:00 PDT to 2
	 * November 13:00 PST: 29 hours on the clock, 30 real), then 6 hours across New Year
	 * (31 December 23:30 to 1 January 05:30 PST; 07:30 on 1 January in UTC, still
	 * December in the county), then 11 hours across the start of summer time (7 March
	 * 22:00 PST to 8 March 10:00 PDT: 12 on the clock).
	 */
	@Test
	void hoursAndEpisodesAwayAreComputedFromTheRunawayEpisodes() {
		away("2025-11-01T08:00:00-07:00", "2025-11-02T13:00:00-08:00");
		away("2025-12-31T23:30:00-08:00", "2026-01-01T05:30:00-08:00");

		JsonNode hours = worker.get(path("/outcomes?measureId=hours-away-per-episode")).json();
		assertThat(points(hours, "on")).containsExactly("2025-11-02", "2026-01-01");
		assertThat(numbers(hours, "value")).containsExactly(30.0, 6.0);
		assertThat(numbers(hours, "change")).containsExactly(null, -24.0);
		assertThat(hours.path("points").get(1).path("derived").asBoolean()).isTrue();
		assertThat(hours.path("trend").asString()).as("from 30 hours away to 6 is progress").isEqualTo("IMPROVING");

		away("2026-03-07T22:00:00-08:00", "2026-03-08T10:00:00-07:00");
		hours = worker.get(path("/outcomes?measureId=hours-away-per-episode")).json();
		assertThat(numbers(hours, "value")).containsExactly(30.0, 6.0, 11.0);
		assertThat(hours.path("trend").asString()).isEqualTo("WORSENING");

		JsonNode months = worker.get(path("/outcomes?measureId=episodes-away-per-month")).json();
		assertThat(points(months, "on").subList(0, 5)).containsExactly("2025-11-01", "2025-12-01", "2026-01-01",
				"2026-02-01", "2026-03-01");
		assertThat(numbers(months, "value").subList(0, 5)).containsExactly(1.0, 1.0, 0.0, 0.0, 1.0);
		assertThat(points(months, "on")).last().isEqualTo(LocalDate.now(COUNTY).withDayOfMonth(1).toString());

		Response typed = observe(worker, "hours-away-per-episode", 3, "2026-03-09");
		assertThat(typed.status()).as(typed.toString()).isEqualTo(400);
		assertThat(typed.json().path("errors").get(0).path("code").asString()).isEqualTo("T9703");
	}

	@Test
	void placementsPerSixMonthsAreComputedFromThePlacements() {
		placement("FOSTER_HOME", "2025-02-01", "2025-05-01");
		placement("GROUP_HOME_STRTP", "2025-05-01", "2025-08-10");
		placement("RELATIVE", "2025-08-10", null);

		JsonNode placements = worker.get(path("/outcomes?measureId=placements-per-six-months")).json();
		assertThat(points(placements, "on").subList(0, 3)).containsExactly("2025-01-01", "2025-07-01", "2026-01-01");
		assertThat(numbers(placements, "value").subList(0, 3)).containsExactly(2.0, 1.0, 0.0);
	}

	@Test
	void daysSinceTheLastIncidentAreComputedFromTheIncidents() {
		for (String day : List.of("2026-02-09", "2026-01-10")) {
			Response incident = worker.post(path("/incidents"),
					Map.of("occurredFrom", day, "kinds", List.of("COMMERCIAL_SEX")));
			assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
		}
		LocalDate today = LocalDate.now(COUNTY);

		JsonNode days = worker.get(path("/outcomes?measureId=days-since-last-incident")).json();

		assertThat(points(days, "on")).containsExactly("2026-02-09", today.toString());
		assertThat(numbers(days, "value")).containsExactly(30.0,
				(double) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse("2026-02-09"), today));
		assertThat(days.path("trend").asString()).as("a longer run without an incident is progress")
			.isEqualTo("IMPROVING");
	}

	@Test
	void badInputIsRefusedOnItsFieldInEnglishAndSpanish() {
		Response unknown = observe(worker, "days-on-the-moon", 1, "2026-01-05");
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
		assertThat(field(unknown)).isEqualTo("measureId T9701");

		Response outside = observe(worker, "school-days-per-week", 8, "2026-01-05");
		assertThat(outside.status()).isEqualTo(400);
		assertThat(field(outside)).isEqualTo("value T9702");
		assertThat(outside.json().path("errors").get(0).path("message").asString()).contains("0", "7");

		Response future = observe(worker, "school-days-per-week", 3, LocalDate.now(COUNTY).plusDays(2).toString());
		assertThat(future.status()).isEqualTo(400);
		assertThat(field(future)).isEqualTo("observedOn T7002");

		Response missing = worker.get(path("/outcomes?measureId=nope"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.code()).isEqualTo("T9701");

		Response spanish = new ApiClient(port).as("socialworker")
			.header("Accept-Language", "es")
			.post(path("/outcome-observations"),
					Map.of("measureId", "school-days-per-week", "value", 9, "observedOn", "2026-01-05"));
		assertThat(spanish.json().path("errors").get(0).path("message").asString()).contains("El valor debe estar");

		Response stage = worker.post(path("/stages"),
				Map.of("concern", "SCHOOL", "stage", "DENIAL", "assessedOn", "2026-01-05"));
		assertThat(stage.status()).isEqualTo(400);
		assertThat(field(stage)).isEqualTo("stage T1013");

		assertThat(worker.get(path("/outcomes?measureId=school-days-per-week")).json().path("points").size())
			.as("nothing refused was saved")
			.isZero();
	}

	@Test
	void stagesKeepTheirHistoryAndMayMoveBack() {
		assertThat(stage("EXPLOITATION", "PRECONTEMPLATION", "2026-01-10").status()).isEqualTo(201);
		assertThat(stage("exploitation", "CONTEMPLATION", "2026-02-10").status()).isEqualTo(201);
		assertThat(stage("EXPLOITATION", "RELAPSE", "2026-03-10").status()).as("moving back is allowed").isEqualTo(201);
		Response own = stage("Contact with her older cousin", "preparation", "2026-03-12");
		assertThat(own.status()).as(own.toString()).isEqualTo(201);
		assertThat(own.json().path("concern").asString()).isEqualTo("Contact with her older cousin");

		JsonNode stages = worker.get(path("/stages")).json();
		List<String> seen = new ArrayList<>();
		stages.forEach(s -> seen.add(s.path("concern").asString() + " " + s.path("stage").asString() + " "
				+ s.path("assessedOn").asString()));
		assertThat(seen).containsExactly("Contact with her older cousin PREPARATION 2026-03-12",
				"EXPLOITATION PRECONTEMPLATION 2026-01-10", "EXPLOITATION CONTEMPLATION 2026-02-10",
				"EXPLOITATION RELAPSE 2026-03-10");
		assertThat(stages.get(1).path("recordedByName").asString()).isNotBlank();
	}

	@Test
	void aHarmReductionNoteLinksTheMeasureThatImproved() {
		Response note = worker.post(path("/harm-reduction"), Map.of("measureId", "safety-calls-per-month", "note",
				"Now calls her worker before leaving", "notedOn", "2026-06-01"));
		assertThat(note.status()).as(note.toString()).isEqualTo(201);
		assertThat(note.json().path("domain").asString()).isEqualTo("PHYSICAL_SAFETY");
		Response noReason = worker.post(path("/harm-reduction"), Map.of("measureId", "safety-calls-per-month"));
		assertThat(field(noReason)).isEqualTo("note T1012");
		JsonNode notes = worker.get(path("/harm-reduction")).json();
		assertThat(notes.get(0).path("note").asString()).isEqualTo("Now calls her worker before leaving");
	}

	@Test
	void anAgencyWithoutTheCategoryDoesNotSeeTheMeasures() {
		observe(worker, "school-days-per-week", 3, "2026-02-02");
		observe(worker, "therapy-sessions-attended", 4, "2026-02-02");

		ApiClient probation = new ApiClient(port).as("probation");
		assertThat(probation.get(path("/outcomes?measureId=school-days-per-week")).status())
			.as("probation on the team sees outcomes")
			.isEqualTo(200);
		Response mental = probation.get(path("/outcomes?measureId=therapy-sessions-attended"));
		assertThat(mental.status()).as("a mental health measure is shared as mental health").isEqualTo(403);

		Response advocate = new ApiClient(port).as("advocate").get(path("/outcomes?measureId=school-days-per-week"));
		assertThat(advocate.status()).as("an agency not on the team").isEqualTo(403);
		assertThat(advocate.code()).startsWith("T41");

		List<String> actions = new ArrayList<>();
		new ApiClient(port).as("admin")
			.get("/api/v1/audit?youthId=" + youthId)
			.json()
			.forEach(e -> actions.add(e.path("action").asString() + " " + e.path("detail").asString()));
		assertThat(actions).contains("OUTCOME_OBSERVED MENTAL_HEALTH therapy-sessions-attended",
				"OUTCOMES_VIEWED OUTCOMES school-days-per-week");
		assertThat(actions).anyMatch(a -> a.startsWith("ACCESS_REFUSED MENTAL_HEALTH"));
		assertThat(actions).anyMatch(a -> a.startsWith("ACCESS_REFUSED OUTCOMES"));
	}

	@Test
	void administratorsImportTheCountysFrameworkAndAGapIsRefused() throws Exception {
		String model = new String(
				new org.springframework.core.io.ClassPathResource("outcomes/model-outcome-framework.yaml")
					.getContentAsByteArray(),
				java.nio.charset.StandardCharsets.UTF_8);
		ApiClient admin = new ApiClient(port).as("admin");
		JsonNode current = worker.get("/api/v1/outcome-frameworks/current").json();
		assertThat(current.path("measures").size()).isGreaterThanOrEqualTo(26);

		String withGap = model.replace("id: model-outcome-framework", "id: county-outcome-framework")
			.replace("domain: EDUCATION", "domain: AGENCY");
		Response gap = admin.send("POST", "/api/v1/outcome-frameworks",
				java.net.http.HttpRequest.BodyPublishers.ofString(withGap), "application/yaml");
		assertThat(gap.status()).as(gap.toString()).isEqualTo(400);
		assertThat(gap.code()).isEqualTo("T5001");
		assertThat(field(gap)).isEqualTo("$.measures T9704");
		assertThat(gap.json().path("errors").get(0).path("message").asString()).contains("EDUCATION");

		String county = model.replace("id: model-outcome-framework", "id: county-outcome-framework");
		Response byWorker = worker.send("POST", "/api/v1/outcome-frameworks",
				java.net.http.HttpRequest.BodyPublishers.ofString(county), "application/yaml");
		assertThat(byWorker.status()).isEqualTo(403);
		Response imported = admin.send("POST", "/api/v1/outcome-frameworks",
				java.net.http.HttpRequest.BodyPublishers.ofString(county), "application/yaml");
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		assertThat(worker.get("/api/v1/outcome-frameworks/current").json().path("id").asString())
			.isEqualTo("county-outcome-framework");
	}

	private Response stage(String concern, String stage, String on) {
		return worker.post(path("/stages"), Map.of("concern", concern, "stage", stage, "assessedOn", on));
	}

	private void away(String from, String to) {
		Response started = worker.post(path("/episodes"), Map.of("startedAt", from));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		Response ended = worker.post("/api/v1/episodes/" + started.id() + "/end", Map.of("endedAt", to));
		assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
	}

	private void placement(String type, String from, String to) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", type);
		body.put("startedOn", from);
		body.put("endedOn", to);
		Response recorded = worker.post(path("/placements"), body);
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
	}

	private static String field(Response response) {
		JsonNode error = response.json().path("errors").get(0);
		return error == null ? response.toString()
				: error.path("field").asString() + " " + error.path("code").asString();
	}

	private static List<String> points(JsonNode series, String name) {
		List<String> values = new ArrayList<>();
		series.path("points").forEach(p -> values.add(p.path(name).asString()));
		return values;
	}

	private static List<Double> numbers(JsonNode series, String name) {
		List<Double> values = new ArrayList<>();
		series.path("points")
			.forEach(p -> values
				.add(p.path(name).isNull() || p.path(name).isMissingNode() ? null : p.path(name).asDouble()));
		return values;
	}

}
