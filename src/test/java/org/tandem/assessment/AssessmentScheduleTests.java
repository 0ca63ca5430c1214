package org.tandem.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
 * The needs and strengths assessment is due upon identification (a team response starts),
 * after a placement change and 6 months after the last one; one done by any agency
 * satisfies it for everyone, who then see who did it instead of repeating it. Dates are
 * explicit days in the county's calendar (America/Los_Angeles).
 */
@TandemTest
class AssessmentScheduleTests {

	private static final ZoneId COUNTY = ZoneId.of("America/Los_Angeles");

	@LocalServerPort
	int port;

	private ApiClient worker, clinician, hotline;

	private LocalDate today;

	@BeforeEach
	void clients() {
		worker = new ApiClient(port).as("socialworker");
		clinician = new ApiClient(port).as("clinician");
		hotline = new ApiClient(port).as("hotline");
		today = LocalDate.now(COUNTY);
	}

	@Test
	void dueUponIdentificationClearedByAnotherAgencyAndDueAgainAfterAPlacementChange() {
		// child welfare and behavioral health serve the youth (on the team) before the
		// response starts
		UUID youth = youth(worker.agencyId(), clinician.agencyId());
		LocalDate identified = today.minusDays(40);
		assertThat(status(youth).path("state").asString()).as("not identified yet").isEqualTo("NOT_IDENTIFIED");
		// a placement before identification is no change to assess
		assertThat(placement(youth, identified.minusDays(60), identified.minusDays(50)).status()).isEqualTo(201);

		startResponse(youth, identified);

		JsonNode due = status(youth);
		assertThat(due.path("state").asString()).as(due.toString()).isEqualTo("DUE");
		assertThat(due.path("reason").asString()).isEqualTo("IDENTIFICATION");
		assertThat(due.path("dueOn").asString()).isEqualTo(identified.toString());
		assertThat(due.path("identifiedOn").asString()).isEqualTo(identified.toString());
		assertThat(due.has("last")).as("no assessment yet").isFalse();
		assertThat(onWorklist(worker, "COUNTY", youth)).isPresent();

		LocalDate assessed = identified.plusDays(3);
		UUID screening = assess(clinician, youth, assessed);

		JsonNode done = status(youth);
		assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("UP_TO_DATE");
		assertThat(done.path("reason").asString()).isEqualTo("PERIODIC");
		assertThat(done.path("dueOn").asString()).isEqualTo(assessed.plusMonths(6).toString());
		assertThat(done.path("last").path("screeningId").asString()).isEqualTo(screening.toString());
		assertThat(done.path("last").path("assessedOn").asString()).isEqualTo(assessed.toString());
		assertThat(done.path("last").path("agencyId").asString()).isEqualTo(clinician.agencyId())
			.isNotEqualTo(worker.agencyId());
		assertThat(done.path("last").path("agencyName").asString()).isNotBlank();
		assertThat(onWorklist(worker, "COUNTY", youth)).as("done by another agency: not repeated").isEmpty();

		LocalDate moved = today.minusDays(2);
		assertThat(placement(youth, moved, null).status()).isEqualTo(201);

		JsonNode changed = status(youth);
		assertThat(changed.path("state").asString()).as(changed.toString()).isEqualTo("DUE");
		assertThat(changed.path("reason").asString()).isEqualTo("PLACEMENT_CHANGE");
		assertThat(changed.path("dueOn").asString()).isEqualTo(moved.toString());
		assertThat(changed.path("last").path("screeningId").asString()).isEqualTo(screening.toString());
		assertThat(onWorklist(worker, "COUNTY", youth)).map(j -> j.path("reason").asString())
			.hasValue("PLACEMENT_CHANGE");

		assess(worker, youth, today);
		assertThat(status(youth).path("state").asString()).isEqualTo("UP_TO_DATE");
		assertThat(status(youth).path("dueOn").asString()).isEqualTo(today.plusMonths(6).toString());
	}

	@Test
	void dueAgainSixMonthsAfterTheLastAssessment() {
		// behavioral health serves the youth too: on the team, it sees the same schedule
		UUID youth = youth(clinician.agencyId());
		LocalDate identified = today.minusMonths(8);
		startResponse(youth, identified);
		LocalDate assessed = today.minusMonths(7);
		assess(clinician, youth, assessed);

		JsonNode status = status(youth);
		assertThat(status.path("state").asString()).as(status.toString()).isEqualTo("DUE");
		assertThat(status.path("reason").asString()).isEqualTo("PERIODIC");
		assertThat(status.path("dueOn").asString()).isEqualTo(assessed.plusMonths(6).toString());
		assertThat(onWorklist(worker, "COUNTY", youth)).isPresent();
		assertThat(onWorklist(clinician, "COUNTY", youth)).as("the same for every agency").isPresent();
	}

	@Test
	void theWorklistOfAnAgencyHoldsItsYouthAndUnknownScopesAreRefused() {
		UUID youth = youth();
		startResponse(youth, today.minusDays(1));
		assertThat(onWorklist(worker, "AGENCY", youth)).as("child welfare leads this response").isPresent();

		Response refused = worker.get("/api/v1/assessments/due?scope=EVERYONE");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1013");

		Response elsewhere = new ApiClient(port).as("socialworker2").get("/api/v1/youth/" + youth + "/assessment");
		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(onWorklist(new ApiClient(port).as("socialworker2"), "COUNTY", youth)).isEmpty();
	}

	/** A new youth, served by these agencies (an open case: on the youth's team). */
	private UUID youth(String... servingAgencyIds) {
		Map<String, Object> body = TestData.youth();
		body.put("agencyIds", java.util.List.of(servingAgencyIds));
		Response created = worker.post("/api/v1/youth", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private void startResponse(UUID youth, LocalDate identifiedOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("tier", "INITIAL_MDT");
		body.put("identifiedAt", ZonedDateTime.of(identifiedOn, LocalTime.NOON, COUNTY).toOffsetDateTime().toString());
		body.put("jurisdiction", "CHILD_WELFARE");
		Response started = hotline.post("/api/v1/youth/" + youth + "/responses", body);
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
	}

	private Response placement(UUID youth, LocalDate startedOn, LocalDate endedOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "FOSTER_HOME");
		body.put("startedOn", startedOn.toString());
		if (endedOn != null) {
			body.put("endedOn", endedOn.toString());
		}
		return worker.post("/api/v1/youth/" + youth + "/placements", body);
	}

	private JsonNode status(UUID youth) {
		Response status = worker.get("/api/v1/youth/" + youth + "/assessment");
		assertThat(status.status()).as(status.toString()).isEqualTo(200);
		return status.json();
	}

	private Optional<JsonNode> onWorklist(ApiClient client, String scope, UUID youth) {
		Response due = client.get("/api/v1/assessments/due?scope=" + scope + "&limit=1000");
		assertThat(due.status()).as(due.toString()).isEqualTo(200);
		for (JsonNode entry : due.json()) {
			if (entry.path("youthId").asString().equals(youth.toString())) {
				return Optional.of(entry);
			}
		}
		return Optional.empty();
	}

	/**
	 * Submits the needs and strengths assessment with every item rated, taken on the
	 * given day.
	 */
	private UUID assess(ApiClient client, UUID youth, LocalDate on) {
		Map<String, Object> body = new HashMap<>();
		body.put("instrumentId", "cse-needs-strengths");
		body.put("instrumentVersion", 1);
		body.put("answers", ratings());
		body.put("scriptConfirmed", true);
		body.put("screenedOn", on.toString());
		Response submitted = client.post("/api/v1/youth/" + youth + "/screenings", body);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		return submitted.id();
	}

	/**
	 * Every item of the shipped definition: needs "not enough information", strengths
	 * "not yet identified".
	 */
	private static Map<String, String> ratings() {
		return AssessmentRatings.every("NOT_ENOUGH_INFORMATION", "NOT_YET_IDENTIFIED");
	}

}
