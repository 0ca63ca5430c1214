package org.tandem.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.platform.Tenancy;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MDT meetings over the API: the protocol's required agencies of each tier are invited
 * (optional ones only when chosen, others refused), the youth always; minutes only once
 * the meeting has happened and only once; action items become tasks; the initial MDT
 * clock is met by the minutes (late only with a reason); the next ongoing MDT is proposed
 * a month later and on trigger events, once per event; case reviews; another county sees
 * nothing.
 */
@TandemTest
class MeetingApiTests {

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	@LocalServerPort
	int port;

	@Autowired
	Tenancy tenancy;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	ApiClient worker;

	Map<String, Agency> byType;

	UUID county;

	@BeforeEach
	void setUp() {
		worker = new ApiClient(port).as("socialworker");
		county = UUID.fromString(worker.me().path("county").path("id").asString());
		byType = tenancy.inCounty(county, () -> agencies.findActive())
			.stream()
			.collect(Collectors.toMap(a -> a.type().name(), a -> a, (a, b) -> a));
	}

	// --- scheduling

	@Test
	void theRequiredAgenciesOfEachTierAreInvitedAndTheYouthAlways() {
		Map<String, Set<String>> required = Map.of("IMMEDIATE_CRISIS", Set
			.of("CHILD_WELFARE", "PROBATION", "LAW_ENFORCEMENT", "SURVIVOR_ADVOCATE", "PUBLIC_HEALTH", "MENTAL_HEALTH"),
				"INITIAL_MDT",
				Set.of("CHILD_WELFARE", "PROBATION", "SURVIVOR_ADVOCATE", "PUBLIC_HEALTH", "MENTAL_HEALTH",
						"SUBSTANCE_USE"),
				"ONGOING_MDT", Set.of("CHILD_WELFARE", "PROBATION", "SURVIVOR_ADVOCATE", "PUBLIC_HEALTH",
						"MENTAL_HEALTH", "LAW_ENFORCEMENT"));
		for (var tier : required.entrySet()) {
			UUID youth = youth();
			UUID response = start(youth, tier.getKey(), daysAgo(1));
			Response meeting = worker.post("/api/v1/responses/" + response + "/meetings", schedule(inDays(3)));
			assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
			assertThat(meeting.json().path("tier").asString()).isEqualTo(tier.getKey());
			assertThat(invitedAgencyTypes(meeting.json(), true)).as(tier.getKey()).isEqualTo(tier.getValue());
			assertThat(invitedAgencyTypes(meeting.json(), false)).as("optional of " + tier.getKey()).isEmpty();
			assertThat(meeting.json().path("missingRequiredAgencyTypes")).isEmpty();
			JsonNode part = meeting.json().path("youth").get(0);
			assertThat(part.path("youthId").asString()).isEqualTo(youth.toString());
			assertThat(part.path("invited").asBoolean()).isTrue();
			assertThat(part.path("wantsToAttend").asString()).isEqualTo("YES");
		}
	}

	@Test
	void whetherTheYouthWantsToAttendIsAWordOrAYesOrNo() {
		UUID response = start(youth(), "INITIAL_MDT", daysAgo(1));
		Map<String, Object> yes = schedule(inDays(2));
		yes.put("youthWantsToAttend", true);
		Map<String, Object> no = schedule(inDays(3));
		no.put("youthWantsToAttend", false);
		Map<String, Object> unknown = schedule(inDays(4));
		unknown.put("youthWantsToAttend", "PERHAPS");

		Response first = worker.post("/api/v1/responses/" + response + "/meetings", yes);
		Response second = worker.post("/api/v1/responses/" + response + "/meetings", no);
		Response refused = worker.post("/api/v1/responses/" + response + "/meetings", unknown);

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.json().path("youth").get(0).path("wantsToAttend").asString()).isEqualTo("YES");
		assertThat(second.status()).as(second.toString()).isEqualTo(201);
		assertThat(second.json().path("youth").get(0).path("wantsToAttend").asString()).isEqualTo("NO");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1013");
		assertThat(refused.json().path("detail").asString()).contains("YES, NO, NOT_ASKED_YET");
	}

	@Test
	void invitedPeopleAreTheNamedOnesOrTheTrainedMembersOfEachAgency() {
		UUID response = start(youth(), "INITIAL_MDT", daysAgo(1));
		Map<String, Object> body = schedule(inDays(2));
		String clinician = new ApiClient(port).as("clinician").userId();
		body.put("inviteeUserIds", List.of(clinician));
		body.put("caregiver", Map.of("name", "Rosa Example", "relationship", "Grandmother"));
		Response meeting = worker.post("/api/v1/responses/" + response + "/meetings", body);
		assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
		List<JsonNode> invitations = meeting.json().path("invitations").values().stream().toList();
		// Child welfare: its trained members (not the untrained admin or analyst).
		Set<String> childWelfare = invitations.stream()
			.filter(i -> byType.get("CHILD_WELFARE").id().toString().equals(i.path("agencyId").asString()))
			.map(i -> i.path("userId").asString())
			.collect(Collectors.toSet());
		assertThat(childWelfare).contains(worker.userId(), new ApiClient(port).as("supervisor").userId())
			.doesNotContain(new ApiClient(port).as("admin").userId(), new ApiClient(port).as("analyst").userId());
		// Behavioral health: only the person named.
		assertThat(invitations.stream()
			.filter(i -> byType.get("MENTAL_HEALTH").id().toString().equals(i.path("agencyId").asString()))
			.map(i -> i.path("userId").asString())).containsExactly(clinician);
		// Substance use has no one trained: the agency itself is invited.
		assertThat(invitations).anySatisfy(i -> {
			assertThat(i.path("agencyId").asString()).isEqualTo(byType.get("SUBSTANCE_USE").id().toString());
			assertThat(i.path("userId").isNull() || i.path("userId").isMissingNode()).isTrue();
		});
		assertThat(invitations).anySatisfy(i -> {
			assertThat(i.path("caregiverName").asString()).isEqualTo("Rosa Example");
			assertThat(i.path("caregiverRelationship").asString()).isEqualTo("Grandmother");
		});
	}

	@Test
	void optionalAgenciesOnlyWhenChosenAndOthersRefused() {
		UUID response = start(youth(), "INITIAL_MDT", daysAgo(1));
		Map<String, Object> body = schedule(inDays(2));
		body.put("optionalAgencyIds", List.of(byType.get("EDUCATION").id()));
		Response meeting = worker.post("/api/v1/responses/" + response + "/meetings", body);
		assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
		assertThat(invitedAgencyTypes(meeting.json(), false)).containsExactly("EDUCATION");

		// The juvenile court is neither required nor optional for an initial MDT.
		body.put("optionalAgencyIds", List.of(byType.get("EDUCATION").id(), byType.get("JUVENILE_COURT").id()));
		Response refused = worker.post("/api/v1/responses/" + response + "/meetings", body);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T9202");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("optionalAgencyIds[1]");
	}

	@Test
	void aMeetingWithNoLeadIsRefused() {
		UUID response = start(youth(), "INITIAL_MDT", daysAgo(1));
		Map<String, Object> body = schedule(inDays(2));
		body.put("leadAgencyId", UUID.randomUUID());
		Response refused = worker.post("/api/v1/responses/" + response + "/meetings", body);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T9203");

		// A case review of youth led by different agencies names no lead by itself.
		UUID one = youth();
		UUID two = youth();
		start(one, "ONGOING_MDT", daysAgo(3), "CHILD_WELFARE");
		start(two, "ONGOING_MDT", daysAgo(3), "PROBATION");
		Map<String, Object> review = schedule(inDays(2));
		review.put("youthIds", List.of(one, two));
		review.put("kind", "CASE_REVIEW");
		Response noLead = worker.post("/api/v1/meetings", review);
		assertThat(noLead.status()).as(noLead.toString()).isEqualTo(400);
		assertThat(noLead.code()).isEqualTo("T9203");
		assertThat(noLead.json().path("errors").get(0).path("field").asString()).isEqualTo("leadAgencyId");
	}

	@Test
	void aCaseReviewReviewsSeveralYouthWithTheUnionOfTheirRequiredAgencies() {
		UUID one = youth();
		UUID two = youth();
		start(one, "INITIAL_MDT", daysAgo(3));
		start(two, "ONGOING_MDT", daysAgo(3));
		Map<String, Object> review = schedule(inDays(2));
		review.put("youthIds", List.of(one, two));
		review.put("kind", "CASE_REVIEW");
		review.put("leadAgencyId", byType.get("CHILD_WELFARE").id());
		Response meeting = worker.post("/api/v1/meetings", review);
		assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
		assertThat(meeting.json().path("kind").asString()).isEqualTo("CASE_REVIEW");
		assertThat(meeting.json().path("youth").values().stream().map(y -> y.path("youthId").asString()))
			.containsExactlyInAnyOrder(one.toString(), two.toString());
		// SUBSTANCE_USE from the initial MDT, LAW_ENFORCEMENT from the ongoing one.
		assertThat(invitedAgencyTypes(meeting.json(), true)).contains("SUBSTANCE_USE", "LAW_ENFORCEMENT",
				"CHILD_WELFARE");
		UUID id = meeting.id();
		assertThat(worker.get("/api/v1/youth/" + one + "/meetings").json().values())
			.anySatisfy(m -> assertThat(m.path("id").asString()).isEqualTo(id.toString()));
		assertThat(worker.get("/api/v1/youth/" + two + "/meetings").json().values())
			.anySatisfy(m -> assertThat(m.path("id").asString()).isEqualTo(id.toString()));

		review.put("youthIds", List.of(one));
		Response alone = worker.post("/api/v1/meetings", review);
		assertThat(alone.status()).isEqualTo(400);
		assertThat(alone.code()).isEqualTo("T9211");
	}

	@Test
	void anotherCountyCannotSeeTheMeeting() {
		UUID youth = youth();
		UUID response = start(youth, "INITIAL_MDT", daysAgo(1));
		UUID meeting = worker.post("/api/v1/responses/" + response + "/meetings", schedule(inDays(2))).id();
		ApiClient other = new ApiClient(port).as("socialworker2");
		assertThat(other.get("/api/v1/meetings/" + meeting).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/meetings/" + meeting).code()).isEqualTo("T9201");
		assertThat(other.post("/api/v1/meetings/" + meeting + "/minutes", minutes(null)).status()).isEqualTo(404);
		assertThat(other.post("/api/v1/responses/" + response + "/meetings", schedule(inDays(2))).status())
			.isEqualTo(404);
		assertThat(other.get("/api/v1/meetings").json().values())
			.noneMatch(m -> m.path("id").asString().equals(meeting.toString()));
		assertThat(worker.get("/api/v1/meetings/" + meeting).status()).isEqualTo(200);
	}

	// --- minutes

	@Test
	void minutesOfAMeetingThatHasNotHappenedAreRefusedAndMinutesTwiceToo() {
		UUID response = start(youth(), "INITIAL_MDT", daysAgo(2));
		UUID future = worker.post("/api/v1/responses/" + response + "/meetings", schedule(inDays(2))).id();
		Response early = worker.post("/api/v1/meetings/" + future + "/minutes", minutes(null));
		assertThat(early.status()).as(early.toString()).isEqualTo(409);
		assertThat(early.code()).isEqualTo("T9204");
		Response inTheFuture = worker.post("/api/v1/meetings/" + future + "/minutes", minutes(inDays(2).plusHours(1)));
		assertThat(inTheFuture.status()).isEqualTo(409);
		assertThat(inTheFuture.code()).isEqualTo("T9204");

		UUID past = worker.post("/api/v1/responses/" + response + "/meetings", schedule(hoursAgo(3))).id();
		Response recorded = worker.post("/api/v1/meetings/" + past + "/minutes", minutes(null));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
		assertThat(recorded.json().path("status").asString()).isEqualTo("HELD");
		Response twice = worker.post("/api/v1/meetings/" + past + "/minutes", minutes(null));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.code()).isEqualTo("T9205");
		assertThat(worker.post("/api/v1/meetings/" + past + "/cancel", Map.of("reason", "x")).code())
			.isEqualTo("T9226");
	}

	@Test
	void theScriptNotReadNeedsAReasonAndIncompleteActionItemsAreNamedByField() {
		UUID youth = youth();
		UUID response = start(youth, "INITIAL_MDT", daysAgo(2));
		UUID meeting = worker.post("/api/v1/responses/" + response + "/meetings", schedule(hoursAgo(2))).id();
		Map<String, Object> body = minutes(null);
		body.put("scriptRead", false);
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(item(youth, "Find a mentor", byType.get("COMMUNITY_PROVIDER").id(), LocalDate.now().plusDays(14)));
		items.add(item(youth, "Enroll in school", null, LocalDate.now().plusDays(14)));
		items.add(item(youth, "Dental visit", byType.get("PUBLIC_HEALTH").id(), null));
		body.put("actionItems", items);
		Response refused = worker.post("/api/v1/meetings/" + meeting + "/minutes", body);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		List<String> fields = refused.json()
			.path("errors")
			.values()
			.stream()
			.map(e -> e.path("field").asString())
			.toList();
		assertThat(fields).containsExactlyInAnyOrder("scriptNotReadReason", "actionItems[1].ownerAgencyId",
				"actionItems[2].dueOn");
		assertThat(worker.get("/api/v1/meetings/" + meeting).json().path("status").asString()).isEqualTo("SCHEDULED");
		assertThat(worker.get("/api/v1/youth/" + youth + "/tasks").json().values())
			.noneMatch(t -> t.path("type").asString().equals("MDT_ACTION_ITEM"));
	}

	@Test
	void actionItemsBecomeTasksAndTheInitialMdtClockIsMetAndTheNextOngoingMdtProposed() {
		UUID youth = youth();
		UUID response = start(youth, "INITIAL_MDT", daysAgo(3));
		OffsetDateTime at = hoursAgo(2);
		Map<String, Object> scheduled = schedule(at);
		Response meeting = worker.post("/api/v1/responses/" + response + "/meetings", scheduled);
		UUID id = meeting.id();
		String someone = meeting.json().path("invitations").get(0).path("id").asString();

		Map<String, Object> body = minutes(null);
		body.put("attendance", List.of(Map.of("invitationId", someone, "attended", true)));
		body.put("youth", List.of(Map.of("youthId", youth, "attended", true, "voice", "I want to stay with my aunt.",
				"decisions", "Placement with the aunt is explored.")));
		String advocate = new ApiClient(port).as("advocate").userId();
		Map<String, Object> first = item(youth, "Weekly check-in with the youth", byType.get("SURVIVOR_ADVOCATE").id(),
				LocalDate.of(2030, 1, 15));
		first.put("ownerUserId", advocate);
		// Owned by an agency that was not invited: allowed.
		Map<String, Object> second = item(youth, "Tutoring plan", byType.get("EDUCATION").id(), null);
		second.put("dueAt", "2030-02-01T09:00:00-08:00");
		body.put("actionItems", List.of(first, second));
		Response held = worker.post("/api/v1/meetings/" + id + "/minutes", body);
		assertThat(held.status()).as(held.toString()).isEqualTo(200);
		assertThat(held.json().path("scriptRead").asBoolean()).isTrue();
		assertThat(held.json().path("youth").get(0).path("voice").asString()).isEqualTo("I want to stay with my aunt.");
		assertThat(held.json().path("invitations").values()).anySatisfy(i -> {
			assertThat(i.path("id").asString()).isEqualTo(someone);
			assertThat(i.path("attended").asBoolean()).isTrue();
		});
		assertThat(held.json().path("actionItems")).hasSize(2);

		List<JsonNode> tasks = worker.get("/api/v1/youth/" + youth + "/tasks")
			.json()
			.values()
			.stream()
			.filter(t -> t.path("type").asString().equals("MDT_ACTION_ITEM"))
			.toList();
		assertThat(tasks).hasSize(2);
		JsonNode checkIn = tasks.stream()
			.filter(t -> t.path("title").asString().startsWith("Weekly"))
			.findFirst()
			.orElseThrow();
		assertThat(checkIn.path("owner").path("agencyId").asString())
			.isEqualTo(byType.get("SURVIVOR_ADVOCATE").id().toString());
		assertThat(checkIn.path("owner").path("userId").asString()).isEqualTo(advocate);
		assertThat(Instant.parse(checkIn.path("dueAt").asString()))
			.isEqualTo(LocalDate.of(2030, 1, 15).atTime(23, 59).atZone(LOS_ANGELES).toInstant());
		JsonNode tutoring = tasks.stream()
			.filter(t -> t.path("title").asString().equals("Tutoring plan"))
			.findFirst()
			.orElseThrow();
		assertThat(Instant.parse(tutoring.path("dueAt").asString()))
			.isEqualTo(OffsetDateTime.parse("2030-02-01T09:00:00-08:00").toInstant());
		assertThat(tutoring.path("owner").path("agencyId").asString())
			.isEqualTo(byType.get("EDUCATION").id().toString());

		// The convene clock is met when the meeting was held.
		JsonNode convene = worker.get("/api/v1/responses/" + response).json().path("clocks").get(0);
		assertThat(convene.path("name").asString()).isEqualTo("convene");
		assertThat(convene.path("state").asString()).isEqualTo("MET");
		assertThat(OffsetDateTime.parse(convene.path("metAt").asString()).toInstant()).isEqualTo(at.toInstant());

		// The next ongoing MDT: a month after, owned by the response's lead.
		List<JsonNode> proposals = proposalsOf(youth);
		assertThat(proposals).hasSize(1);
		assertThat(proposals.get(0).path("reason").asString()).isEqualTo("INTERVAL");
		assertThat(proposals.get(0).path("sourceId").asString()).isEqualTo(id.toString());
		assertThat(OffsetDateTime.parse(proposals.get(0).path("dueAt").asString()).toInstant())
			.isEqualTo(at.atZoneSameInstant(LOS_ANGELES).plusMonths(1).toInstant());
		assertThat(proposals.get(0).path("leadAgencyId").asString())
			.isEqualTo(byType.get("CHILD_WELFARE").id().toString());
	}

	@Test
	void aLateInitialMdtNeedsTheReasonForTheDelay() {
		UUID youth = youth();
		UUID response = start(youth, "INITIAL_MDT", daysAgo(12));
		UUID meeting = worker.post("/api/v1/responses/" + response + "/meetings", schedule(hoursAgo(5))).id();
		Response refused = worker.post("/api/v1/meetings/" + meeting + "/minutes", minutes(null));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T9006");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("breachReason");
		Map<String, Object> body = minutes(null);
		body.put("breachReason", "The probation officer was in court all week.");
		Response held = worker.post("/api/v1/meetings/" + meeting + "/minutes", body);
		assertThat(held.status()).as(held.toString()).isEqualTo(200);
		JsonNode convene = worker.get("/api/v1/responses/" + response).json().path("clocks").get(0);
		assertThat(convene.path("state").asString()).isEqualTo("MET_LATE");
		assertThat(convene.path("breachReason").asString()).isEqualTo("The probation officer was in court all week.");
	}

	// --- proposals

	@Test
	void aRunawayEpisodeProposesAnOngoingMdtOnceAndTheLeadSchedulesIt() {
		UUID youth = youth();
		start(youth, "INITIAL_MDT", daysAgo(3));
		String startedAt = hoursAgo(6).toString();
		Response episode = worker.post("/api/v1/youth/" + youth + "/episodes", Map.of("startedAt", startedAt));
		assertThat(episode.status()).as(episode.toString()).isEqualTo(201);
		List<JsonNode> proposals = proposalsOf(youth);
		assertThat(proposals).hasSize(1);
		JsonNode runaway = proposals.get(0);
		assertThat(runaway.path("reason").asString()).isEqualTo("RUNAWAY");
		assertThat(runaway.path("sourceId").asString()).isEqualTo(episode.id().toString());
		assertThat(OffsetDateTime.parse(runaway.path("dueAt").asString()).toInstant())
			.isEqualTo(OffsetDateTime.parse(startedAt).toInstant().plus(7, ChronoUnit.DAYS));

		// The same trigger recorded twice by hand proposes once.
		Map<String, Object> trigger = Map.of("event", "PLACEMENT_CHANGE", "occurredAt", hoursAgo(1).toString(), "note",
				"Moved");
		Response made = worker.post("/api/v1/youth/" + youth + "/mdt-triggers", trigger);
		assertThat(made.status()).as(made.toString()).isEqualTo(201);
		Response again = worker.post("/api/v1/youth/" + youth + "/mdt-triggers", trigger);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.id()).isEqualTo(made.id());
		assertThat(proposalsOf(youth)).hasSize(2);
		Response unknown = worker.post("/api/v1/youth/" + youth + "/mdt-triggers", Map.of("event", "BIRTHDAY"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.code()).isEqualTo("T9217");

		// Only the lead agency closes it; scheduling from it closes it.
		Response notLead = new ApiClient(port).as("probation")
			.post("/api/v1/mdt-proposals/" + made.id() + "/dismiss", Map.of("reason", "Not needed"));
		assertThat(notLead.status()).isEqualTo(403);
		UUID response = UUID.fromString(runaway.path("responseId").asString());
		Map<String, Object> body = schedule(inDays(3));
		body.put("proposalId", runaway.path("id").asString());
		Response meeting = worker.post("/api/v1/responses/" + response + "/meetings", body);
		assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
		assertThat(meeting.json().path("tier").asString()).isEqualTo("ONGOING_MDT");
		assertThat(
				worker.get("/api/v1/mdt-proposals/" + runaway.path("id").asString()).json().path("status").asString())
			.isEqualTo("SCHEDULED");
		Response dismissed = worker.post("/api/v1/mdt-proposals/" + made.id() + "/dismiss",
				Map.of("reason", "Discussed at the meeting"));
		assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
		assertThat(dismissed.json().path("status").asString()).isEqualTo("DISMISSED");
		assertThat(proposalsOf(youth)).isEmpty();
		assertThat(worker.post("/api/v1/responses/" + response + "/meetings", body).code()).isEqualTo("T9216");
	}

	@Test
	void readsAndWritesAreAudited() {
		UUID youth = youth();
		UUID response = start(youth, "INITIAL_MDT", daysAgo(1));
		UUID meeting = worker.post("/api/v1/responses/" + response + "/meetings", schedule(hoursAgo(1))).id();
		worker.get("/api/v1/meetings/" + meeting);
		worker.post("/api/v1/meetings/" + meeting + "/minutes", minutes(null));
		List<String> actions = tenancy.inCounty(county,
				() -> jdbc.sql("select action from audit_event where youth_id = ?")
					.param(youth)
					.query(String.class)
					.list());
		assertThat(actions).contains(Meetings.SCHEDULED, Meetings.VIEWED, Meetings.MINUTES);
	}

	// --- helpers

	private UUID youth() {
		return worker.post("/api/v1/youth", TestData.youth()).id();
	}

	private UUID start(UUID youth, String tier, OffsetDateTime identifiedAt) {
		return start(youth, tier, identifiedAt, "CHILD_WELFARE");
	}

	private UUID start(UUID youth, String tier, OffsetDateTime identifiedAt, String jurisdiction) {
		Response started = new ApiClient(port).as("hotline")
			.post("/api/v1/youth/" + youth + "/responses",
					Map.of("tier", tier, "identifiedAt", identifiedAt.toString(), "jurisdiction", jurisdiction));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.id();
	}

	private static Map<String, Object> schedule(OffsetDateTime at) {
		Map<String, Object> body = new HashMap<>();
		body.put("scheduledFor", at.toString());
		body.put("place", "Video call");
		body.put("youthWantsToAttend", "YES");
		return body;
	}

	private static Map<String, Object> minutes(OffsetDateTime heldAt) {
		Map<String, Object> body = new HashMap<>();
		if (heldAt != null) {
			body.put("heldAt", heldAt.toString());
		}
		body.put("scriptRead", true);
		return body;
	}

	private static Map<String, Object> item(UUID youth, String title, UUID owner, LocalDate dueOn) {
		Map<String, Object> item = new HashMap<>();
		item.put("youthId", youth);
		item.put("title", title);
		item.put("ownerAgencyId", owner);
		item.put("dueOn", dueOn == null ? null : dueOn.toString());
		return item;
	}

	private Set<String> invitedAgencyTypes(JsonNode meeting, boolean required) {
		Map<String, String> types = new HashMap<>();
		byType.values().forEach(a -> types.put(a.id().toString(), a.type().name()));
		return meeting.path("invitations")
			.values()
			.stream()
			.filter(i -> !i.path("agencyId").isNull() && !i.path("agencyId").isMissingNode())
			.filter(i -> i.path("required").asBoolean() == required)
			.map(i -> types.get(i.path("agencyId").asString()))
			.collect(Collectors.toSet());
	}

	private List<JsonNode> proposalsOf(UUID youth) {
		Response list = worker.get("/api/v1/mdt-proposals?agencyId=" + byType.get("CHILD_WELFARE").id());
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		return list.json()
			.values()
			.stream()
			.filter(p -> p.path("youthId").asString().equals(youth.toString()))
			.toList();
	}

	private static OffsetDateTime daysAgo(int days) {
		return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days).truncatedTo(ChronoUnit.SECONDS);
	}

	private static OffsetDateTime hoursAgo(int hours) {
		return OffsetDateTime.now(ZoneOffset.UTC).minusHours(hours).truncatedTo(ChronoUnit.SECONDS);
	}

	private static OffsetDateTime inDays(int days) {
		return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).truncatedTo(ChronoUnit.SECONDS);
	}

}
