package org.tandem.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.Texts;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.Counties;
import org.tandem.county.TrainingRecords;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.TandemException.FieldError;
import org.tandem.platform.Tenancy;
import org.tandem.response.ResponseSharing;
import org.tandem.response.Responses;
import org.tandem.task.Task;
import org.tandem.task.TaskType;
import org.tandem.task.Tasks;
import org.tandem.response.TeamResponse;
import org.tandem.protocol.Protocol;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;

/**
 * MDT meetings: scheduled for a response (or several youth in a case review) with the
 * protocol's required agencies invited and optional ones by choice, then held: the
 * minutes record attendance, the confidentiality script, the youth's voice and decisions,
 * turn action items into tasks, meet the response's meeting clock and propose the next
 * ongoing MDT.
 */
@Service
@Transactional
public class Meetings {

	public static final String SCHEDULED = "MEETING_SCHEDULED", VIEWED = "MEETING_VIEWED", LISTED = "MEETINGS_LISTED",
			MINUTES = "MEETING_MINUTES_RECORDED", CANCELLED = "MEETING_CANCELLED";

	static final List<String> TIERS = List.of("IMMEDIATE_CRISIS", "INITIAL_MDT", "ONGOING_MDT");

	static final List<String> WANTS = List.of("YES", "NO", "NOT_ASKED_YET");

	/**
	 * Tiers whose clocks a meeting meets (convene, interval); the crisis clocks are met
	 * by engaging and stabilizing.
	 */
	private static final Set<String> MEETING_TIERS = Set.of("INITIAL_MDT", "ONGOING_MDT");

	private final JdbcClient jdbc;

	private final Responses responses;

	private final MdtProposals proposals;

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final TrainingRecords training;

	private final YouthRegistry youth;

	private final Tasks tasks;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ResponseSharing sharing;

	Meetings(JdbcClient jdbc, Responses responses, MdtProposals proposals, Agencies agencies, UserAccounts accounts,
			TrainingRecords training, YouthRegistry youth, Tasks tasks, Counties counties, AuditLog audit, Clock clock,
			ApplicationEventPublisher events, ResponseSharing sharing) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.proposals = proposals;
		this.agencies = agencies;
		this.accounts = accounts;
		this.training = training;
		this.youth = youth;
		this.tasks = tasks;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
		this.sharing = sharing;
	}

	// --- scheduling

	/**
	 * A meeting about one youth's response; its tier is the response's (ONGOING_MDT from
	 * a proposal).
	 */
	public Meeting scheduleFor(UUID responseId, MeetingRequests.Schedule request) {
		TeamResponse response = responses.view(responseId);
		MdtProposal proposal = proposal(request, List.of(response.youthId()));
		String tier = tier(request.tier(), proposal != null ? "ONGOING_MDT" : response.tier());
		UUID lead = request.leadAgencyId() != null ? request.leadAgencyId() : response.leadAgencyId();
		return schedule(tier, "INDIVIDUAL", List.of(response), lead, proposal, request);
	}

	/**
	 * A case review: several youth in one meeting; each youth's latest response decides
	 * the agencies it requires.
	 */
	public Meeting scheduleCaseReview(MeetingRequests.Schedule request) {
		if (request.kind() != null) {
			Inputs.oneOf(request.kind(), List.of("CASE_REVIEW"), "kind");
		}
		List<UUID> ids = request.youthIds() == null ? List.of()
				: request.youthIds().stream().filter(Objects::nonNull).distinct().toList();
		if (ids.size() < 2) {
			throw TandemException.onField(ErrorCode.CASE_REVIEW_NEEDS_TWO_YOUTH, "youthIds");
		}
		List<TeamResponse> reviewed = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			youth.requireExists(ids.get(i));
			sharing.require(ids.get(i), Category.MDT_MINUTES);
			int index = i;
			reviewed.add(proposals.latestResponse(ids.get(i))
				.orElseThrow(
						() -> TandemException.onField(ErrorCode.YOUTH_HAS_NO_RESPONSE, "youthIds[" + index + "]")));
		}
		MdtProposal proposal = proposal(request, ids);
		String tier = tier(request.tier(), "ONGOING_MDT");
		UUID lead = request.leadAgencyId();
		if (lead == null && reviewed.stream().map(TeamResponse::leadAgencyId).distinct().count() == 1) {
			lead = reviewed.get(0).leadAgencyId();
		}
		return schedule(tier, "CASE_REVIEW", reviewed, lead, proposal, request);
	}

	private Meeting schedule(String tier, String kind, List<TeamResponse> reviewed, UUID leadId, MdtProposal proposal,
			MeetingRequests.Schedule request) {
		if (leadId == null) {
			throw TandemException.onField(ErrorCode.NO_MEETING_LEAD, "leadAgencyId");
		}
		List<Agency> active = agencies.findActive();
		Agency lead = active.stream()
			.filter(a -> a.id().equals(leadId))
			.findFirst()
			.orElseThrow(() -> TandemException.onField(ErrorCode.NO_MEETING_LEAD, "leadAgencyId"));
		if (request.scheduledFor() == null) {
			throw TandemException.onField(ErrorCode.MEETING_TIME_REQUIRED, "scheduledFor");
		}
		String place = text(request.place(), "place", 500);
		String wants = wantsToAttend(request.youthWantsToAttend());
		String caregiverName = request.caregiver() == null ? null
				: text(request.caregiver().name(), "caregiver.name", 200);
		String caregiverRelationship = caregiverName == null ? null
				: text(request.caregiver().relationship(), "caregiver.relationship", 200);

		// What the protocol asks of the tier (a case review: of each youth's tier,
		// together).
		Set<String> required = new LinkedHashSet<>();
		Set<String> optional = new LinkedHashSet<>();
		List<String> tiers = "CASE_REVIEW".equals(kind) ? reviewed.stream().map(TeamResponse::tier).distinct().toList()
				: List.of(tier);
		for (String t : tiers) {
			Protocol.Tier definition = responses.protocolOf(reviewed.get(0)).tier(t);
			if (definition != null) {
				required.addAll(definition.requiredAgencies());
				optional.addAll(definition.optionalAgencies());
			}
		}
		optional.removeAll(required);

		Map<UUID, Boolean> invited = new LinkedHashMap<>();
		active.stream().filter(a -> required.contains(a.type().name())).forEach(a -> invited.put(a.id(), true));
		invited.putIfAbsent(lead.id(), true);
		List<String> missing = required.stream()
			.filter(type -> active.stream().noneMatch(a -> a.type().name().equals(type)))
			.toList();
		List<UUID> chosen = request.optionalAgencies();
		for (int i = 0; i < chosen.size(); i++) {
			UUID id = chosen.get(i);
			String field = "optionalAgencyIds[" + i + "]";
			Agency agency = active.stream()
				.filter(a -> a.id().equals(id))
				.findFirst()
				.orElseThrow(() -> TandemException.onField(ErrorCode.UNKNOWN_AGENCY, field));
			if (!invited.containsKey(agency.id())) {
				if (!optional.contains(agency.type().name())) {
					throw TandemException.onField(ErrorCode.AGENCY_NOT_ALLOWED_FOR_TIER, field, agency.name(), tier);
				}
				invited.put(agency.id(), false);
			}
		}
		// People named by the lead: invited by name, and their agency with them.
		Map<UUID, List<UserAccount>> named = new HashMap<>();
		List<UUID> people = new ArrayList<>(request.invitees());
		if (request.leadUserId() != null) {
			UserAccount leadUser = accounts.findById(request.leadUserId())
				.filter(UserAccount::enabled)
				.filter(u -> lead.id().equals(u.agencyId()))
				.orElseThrow(() -> TandemException.onField(ErrorCode.UNKNOWN_PERSON, "leadUserId"));
			people.add(0, leadUser.id());
		}
		for (int i = 0; i < people.size(); i++) {
			UUID id = people.get(i);
			String field = "inviteeUserIds[" + (request.leadUserId() == null ? i : i - 1) + "]";
			UserAccount person = accounts.findById(id)
				.filter(UserAccount::enabled)
				.orElseThrow(() -> TandemException.onField(ErrorCode.UNKNOWN_PERSON, field));
			List<UserAccount> ofAgency = named.computeIfAbsent(person.agencyId(), a -> new ArrayList<>());
			if (ofAgency.stream().noneMatch(u -> u.id().equals(person.id()))) {
				ofAgency.add(person);
			}
			invited.putIfAbsent(person.agencyId(), false);
		}

		UUID meetingId = UUID.randomUUID();
		UUID me = Tenancy.currentMember().map(CountyMember::userId).orElse(null);
		jdbc.sql("""
				insert into meeting (county_id, id, tier, kind, lead_agency_id, lead_user_id, scheduled_for, place,
				    missing_agency_types, proposal_id, created_by, created_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(meetingId, tier, kind, lead.id(), request.leadUserId(),
					Timestamp.from(request.scheduledFor().toInstant()), place, String.join(",", missing),
					proposal == null ? null : proposal.id(), me, Timestamp.from(clock.instant()))
			.update();
		for (TeamResponse r : reviewed) {
			jdbc.sql("""
					insert into meeting_youth (county_id, meeting_id, youth_id, response_id, wants_to_attend)
					values (current_county(), ?, ?, ?, ?)""").params(meetingId, r.youthId(), r.id(), wants).update();
		}
		LocalDate today = LocalDate.now(clock.withZone(counties.currentZone()));
		List<UserAccount> everyone = accounts.findAll();
		Set<UUID> invitees = new LinkedHashSet<>();
		for (Map.Entry<UUID, Boolean> agency : invited.entrySet()) {
			List<UserAccount> members = named.get(agency.getKey());
			if (members == null) {
				// Nobody named: every active member trained to take part.
				members = everyone.stream()
					.filter(u -> u.enabled() && agency.getKey().equals(u.agencyId()))
					.filter(u -> training.hasCurrentTraining(u.id(), today))
					.toList();
			}
			if (members.isEmpty()) {
				invite(meetingId, agency.getKey(), null, agency.getValue());
			}
			for (UserAccount member : members) {
				invite(meetingId, agency.getKey(), member.id(), agency.getValue());
				invitees.add(member.id());
			}
		}
		if (caregiverName != null) {
			jdbc.sql(
					"""
							insert into meeting_invitation (county_id, id, meeting_id, required, caregiver_name, caregiver_relationship)
							values (current_county(), ?, ?, false, ?, ?)""")
				.params(UUID.randomUUID(), meetingId, caregiverName, caregiverRelationship)
				.update();
		}
		if (proposal != null) {
			proposals.scheduled(proposal.id(), meetingId);
		}
		List<UUID> youthIds = reviewed.stream().map(TeamResponse::youthId).toList();
		audit.recordAll(SCHEDULED, youthIds, Purpose.MDT, tier + " " + kind);
		events.publishEvent(new MeetingScheduled(meetingId, youthIds, tier, request.scheduledFor().toInstant(),
				lead.id(), List.copyOf(invitees)));
		return load(meetingId);
	}

	private void invite(UUID meetingId, UUID agencyId, UUID userId, boolean required) {
		jdbc.sql("""
				insert into meeting_invitation (county_id, id, meeting_id, agency_id, user_id, required)
				values (current_county(), ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), meetingId, agencyId, userId, required)
			.update();
	}

	private MdtProposal proposal(MeetingRequests.Schedule request, List<UUID> youthIds) {
		if (request.proposalId() == null) {
			return null;
		}
		MdtProposal proposal = proposals.open(request.proposalId());
		if (!youthIds.contains(proposal.youthId())) {
			throw TandemException.onField(ErrorCode.PROPOSAL_OF_ANOTHER_YOUTH, "proposalId");
		}
		return proposal;
	}

	private static String tier(String requested, String otherwise) {
		if (requested == null || requested.isBlank()) {
			return otherwise;
		}
		return Inputs.oneOf(requested, TIERS, "tier");
	}

	// --- reading

	/**
	 * One meeting, audited as seen for each youth it is about. Another county's is not
	 * found.
	 */
	public Meeting get(UUID id) {
		Meeting meeting = visible(load(id));
		audit.recordAll(VIEWED, youthIds(meeting), Purpose.current(), null);
		return meeting;
	}

	/** The youth's meetings, latest first. */
	public List<Meeting> forYouth(UUID youthId) {
		youth.requireExists(youthId);
		sharing.require(youthId, Category.MDT_MINUTES);
		List<Meeting> found = jdbc.sql("""
				select m.id from meeting m join meeting_youth y on y.county_id = m.county_id and y.meeting_id = m.id
				where y.youth_id = ? order by m.scheduled_for desc""")
			.param(youthId)
			.query(UUID.class)
			.list()
			.stream()
			.map(this::load)
			.toList();
		audit.record(LISTED, youthId, Purpose.current(), null);
		return found;
	}

	/**
	 * Scheduled meetings (those past their time are waiting for minutes), oldest first;
	 * of one agency (leading or invited) or the whole county.
	 */
	public List<Meeting> upcoming(UUID agencyId, int limit) {
		List<Meeting> found = sharing.visibleAll(jdbc.sql("""
				select m.id from meeting m where m.status = 'SCHEDULED' and (?::uuid is null or m.lead_agency_id = ?
				    or exists (select 1 from meeting_invitation i where i.county_id = m.county_id
				               and i.meeting_id = m.id and i.agency_id = ?))
				order by m.scheduled_for limit ?""")
			.params(agencyId, agencyId, agencyId, limit)
			.query(UUID.class)
			.list()
			.stream()
			.map(this::load)
			.toList(), Meetings::youthIds, Category.MDT_MINUTES);
		audit.recordAll(LISTED, found.stream().flatMap(m -> youthIds(m).stream()).distinct().toList(),
				Purpose.current(), null);
		return found;
	}

	/** The confidentiality script of the meeting's protocol, in the page's language. */
	public String confidentialityScript(Meeting meeting, Locale locale) {
		Protocol.Text script = responses.protocolOf(responses.get(meeting.youth().get(0).responseId()))
			.confidentialityScript();
		return "es".equals(locale.getLanguage()) ? script.es() : script.en();
	}

	/**
	 * The agencies a meeting of this response may invite by choice (the required ones are
	 * invited anyway).
	 */
	public Map<String, List<String>> agencyTypes(TeamResponse response, String tier) {
		Protocol.Tier definition = responses.protocolOf(response).tier(tier);
		return Map.of("required", definition == null ? List.of() : definition.requiredAgencies(), "optional",
				definition == null ? List.of() : definition.optionalAgencies());
	}

	// --- cancelling

	public Meeting cancel(UUID id, String reason) {
		Meeting meeting = visible(load(id));
		requireScheduled(meeting, ErrorCode.MINUTES_OF_A_SCHEDULED_MEETING_ONLY);
		String why = Inputs.reason(reason, "reason", 2000);
		jdbc.sql("""
				update meeting set status = 'CANCELLED', cancelled_reason = ?, cancelled_by = ?, cancelled_at = ?
				where id = ? and status = 'SCHEDULED'""")
			.params(why, Tenancy.currentMember().map(CountyMember::userId).orElse(null),
					Timestamp.from(clock.instant()), id)
			.update();
		audit.recordAll(CANCELLED, youthIds(meeting), Purpose.MDT, null);
		events.publishEvent(new MeetingCancelled(id, youthIds(meeting)));
		return load(id);
	}

	private static void requireScheduled(Meeting meeting, ErrorCode ifHeld) {
		if ("CANCELLED".equals(meeting.status())) {
			throw new TandemException(ErrorCode.MEETING_CANCELLED);
		}
		if (meeting.held()) {
			throw new TandemException(ifHeld);
		}
	}

	// --- minutes

	/**
	 * Records the minutes of a meeting that has happened: its scheduled time has passed,
	 * and it was held on or after its scheduled day and not in the future (a meeting
	 * moved earlier is cancelled and scheduled again). Every problem of the minutes is
	 * reported at once, by field.
	 */
	public Meeting recordMinutes(UUID id, MeetingRequests.Minutes minutes) {
		Meeting meeting = visible(load(id));
		requireScheduled(meeting, ErrorCode.MINUTES_ALREADY_RECORDED);
		Instant now = clock.instant();
		ZoneId zone = counties.currentZone();
		Instant scheduled = meeting.scheduledFor().toInstant();
		Instant held = minutes.heldAt() == null ? scheduled : minutes.heldAt().toInstant();
		if (scheduled.isAfter(now) && minutes.heldAt() == null || held.isAfter(now.plusSeconds(60))) {
			throw TandemException.onField(ErrorCode.MEETING_NOT_HAPPENED_YET, "heldAt");
		}
		if (held.isBefore(scheduled.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant())) {
			throw TandemException.onField(ErrorCode.HELD_BEFORE_SCHEDULED_DAY, "heldAt");
		}
		if (scheduled.isAfter(now) && held.isBefore(scheduled)) {
			throw TandemException.onField(ErrorCode.MEETING_NOT_HAPPENED_YET, "heldAt");
		}
		List<FieldError> problems = new ArrayList<>();
		if (minutes.scriptRead() == null) {
			problems.add(FieldError.of("scriptRead", ErrorCode.SCRIPT_NOT_READ_REASON_REQUIRED));
		}
		String notRead = Texts.blankToNull(minutes.scriptNotReadReason());
		if (Boolean.FALSE.equals(minutes.scriptRead()) && notRead == null) {
			problems.add(FieldError.of("scriptNotReadReason", ErrorCode.SCRIPT_NOT_READ_REASON_REQUIRED));
		}
		tooLong(problems, notRead, "scriptNotReadReason", 2000);
		Set<UUID> invitationIds = new LinkedHashSet<>();
		meeting.invitations().forEach(i -> invitationIds.add(i.id()));
		List<MeetingRequests.Attendance> attendance = minutes.attendance() == null ? List.of() : minutes.attendance();
		for (int i = 0; i < attendance.size(); i++) {
			if (!invitationIds.contains(attendance.get(i).invitationId())) {
				problems.add(FieldError.of("attendance[" + i + "].invitationId", ErrorCode.INVITATION_NOT_OF_MEETING));
			}
		}
		List<UUID> youthIds = youthIds(meeting);
		List<MeetingRequests.YouthMinutes> ofYouth = minutes.youth() == null ? List.of() : minutes.youth();
		for (int i = 0; i < ofYouth.size(); i++) {
			MeetingRequests.YouthMinutes y = ofYouth.get(i);
			if (!youthIds.contains(y.youthId())) {
				problems.add(FieldError.of("youth[" + i + "].youthId", ErrorCode.YOUTH_NOT_IN_MEETING));
			}
			tooLong(problems, y.voice(), "youth[" + i + "].voice", 10000);
			tooLong(problems, y.decisions(), "youth[" + i + "].decisions", 10000);
		}
		List<MeetingRequests.ActionItem> items = minutes.actionItems() == null ? List.of() : minutes.actionItems();
		Set<UUID> agencyIds = new LinkedHashSet<>();
		agencies.findAll().forEach(a -> agencyIds.add(a.id()));
		List<UUID> itemYouth = new ArrayList<>();
		List<Instant> itemDue = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			MeetingRequests.ActionItem item = items.get(i);
			String at = "actionItems[" + i + "].";
			UUID of = item.youthId() != null ? item.youthId() : youthIds.size() == 1 ? youthIds.get(0) : null;
			if (of == null || !youthIds.contains(of)) {
				problems.add(FieldError.of(at + "youthId", ErrorCode.YOUTH_NOT_IN_MEETING));
			}
			itemYouth.add(of);
			if (Texts.blankToNull(item.title()) == null) {
				problems.add(FieldError.of(at + "title", ErrorCode.ACTION_ITEM_TITLE_REQUIRED));
			}
			tooLong(problems, item.title(), at + "title", 300);
			if (item.ownerAgencyId() == null) {
				problems.add(FieldError.of(at + "ownerAgencyId", ErrorCode.ACTION_ITEM_OWNER_REQUIRED));
			}
			else if (!agencyIds.contains(item.ownerAgencyId())) {
				problems.add(FieldError.of(at + "ownerAgencyId", ErrorCode.UNKNOWN_AGENCY));
			}
			if (item.ownerUserId() != null && accounts.findById(item.ownerUserId())
				.filter(u -> u.enabled() && u.agencyId().equals(item.ownerAgencyId()))
				.isEmpty()) {
				problems.add(FieldError.of(at + "ownerUserId", ErrorCode.UNKNOWN_PERSON));
			}
			// A due date is due at the end of that day in the county.
			Instant due = item.dueAt() != null ? item.dueAt().toInstant()
					: item.dueOn() != null ? item.dueOn().atTime(LocalTime.of(23, 59)).atZone(zone).toInstant() : null;
			if (due == null) {
				problems.add(FieldError.of(at + "dueOn", ErrorCode.ACTION_ITEM_DUE_REQUIRED));
			}
			itemDue.add(due);
		}
		String breachReason = Texts.blankToNull(minutes.breachReason());
		tooLong(problems, breachReason, "breachReason", 2000);
		// The meeting clocks of the responses (convene, interval): met when the meeting
		// was held.
		Map<UUID, List<String>> clocksToMeet = new LinkedHashMap<>();
		for (Meeting.YouthPart part : meeting.youth()) {
			TeamResponse response = responses.get(part.responseId());
			if (!MEETING_TIERS.contains(response.tier())) {
				continue;
			}
			for (TeamResponse.ClockView c : response.clocks()) {
				if (c.metAt() == null) {
					clocksToMeet.computeIfAbsent(response.id(), r -> new ArrayList<>()).add(c.name());
					if (held.isAfter(c.dueAt().toInstant()) && breachReason == null
							&& problems.stream().noneMatch(p -> p.field().equals("breachReason"))) {
						problems.add(FieldError.of("breachReason", ErrorCode.BREACH_REASON_REQUIRED));
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw TandemException.onFields(problems.get(0).code(), problems, problems.get(0).args());
		}

		int updated = jdbc.sql("""
				update meeting set status = 'HELD', held_at = ?, script_read = ?, script_not_read_reason = ?,
				    recorded_by = ?, recorded_at = ?
				where id = ? and status = 'SCHEDULED'""")
			.params(Timestamp.from(held), minutes.scriptRead(),
					Boolean.TRUE.equals(minutes.scriptRead()) ? null : notRead,
					Tenancy.currentMember().map(CountyMember::userId).orElse(null), Timestamp.from(now), id)
			.update();
		if (updated == 0) {
			throw new TandemException(ErrorCode.MINUTES_ALREADY_RECORDED);
		}
		Map<UUID, Boolean> attended = new HashMap<>();
		attendance.forEach(a -> attended.put(a.invitationId(), Boolean.TRUE.equals(a.attended())));
		for (UUID invitation : invitationIds) {
			jdbc.sql("update meeting_invitation set attended = ? where meeting_id = ? and id = ?")
				.params(attended.getOrDefault(invitation, false), id, invitation)
				.update();
		}
		Map<UUID, MeetingRequests.YouthMinutes> byYouth = new HashMap<>();
		ofYouth.forEach(y -> byYouth.put(y.youthId(), y));
		for (UUID y : youthIds) {
			MeetingRequests.YouthMinutes part = byYouth.get(y);
			jdbc.sql(
					"update meeting_youth set attended = ?, voice = ?, decisions = ? where meeting_id = ? and youth_id = ?")
				.params(part != null && Boolean.TRUE.equals(part.attended()),
						part == null ? null : Texts.blankToNull(part.voice()),
						part == null ? null : Texts.blankToNull(part.decisions()), id, y)
				.update();
		}
		for (int i = 0; i < items.size(); i++) {
			MeetingRequests.ActionItem item = items.get(i);
			UUID itemId = UUID.randomUUID();
			jdbc.sql("""
					insert into meeting_action_item (county_id, id, meeting_id, youth_id, position)
					values (current_county(), ?, ?, ?, ?)""").params(itemId, id, itemYouth.get(i), i).update();
			tasks.assign(itemYouth.get(i), itemId, item.title().strip(), itemDue.get(i),
					new Task.Owner(item.ownerAgencyId(), item.ownerUserId()));
		}
		OffsetDateTime heldAt = held.atZone(zone).toOffsetDateTime();
		clocksToMeet.forEach((response, names) -> names.forEach(name -> responses.meet(response, name, heldAt,
				held.isAfter(due(response, name)) ? breachReason : null)));
		if (MEETING_TIERS.contains(meeting.tier())) {
			youthIds.forEach(y -> proposals.afterMeeting(y, id, held));
		}
		audit.recordAll(MINUTES, youthIds, Purpose.MDT, meeting.tier());
		return load(id);
	}

	private Instant due(UUID responseId, String clockName) {
		return responses.get(responseId)
			.clocks()
			.stream()
			.filter(c -> c.name().equals(clockName))
			.findFirst()
			.orElseThrow()
			.dueAt()
			.toInstant();
	}

	// --- helpers

	/**
	 * The meeting, if the person may see the MDT information of every youth it is about;
	 * else the explanation.
	 */
	private Meeting visible(Meeting meeting) {
		youthIds(meeting).forEach(y -> sharing.require(y, Category.MDT_MINUTES));
		return meeting;
	}

	private static List<UUID> youthIds(Meeting meeting) {
		return meeting.youth().stream().map(Meeting.YouthPart::youthId).toList();
	}

	/**
	 * YES, NO or NOT_ASKED_YET (when left out); a JSON {@code true} or {@code false} says
	 * YES or NO.
	 */
	private static String wantsToAttend(String value) {
		String text = Texts.blankToNull(value);
		return text == null ? "NOT_ASKED_YET" : switch (text.toLowerCase(Locale.ROOT)) {
			case "true" -> "YES";
			case "false" -> "NO";
			default -> Inputs.oneOf(text, WANTS, "youthWantsToAttend");
		};
	}

	private static void tooLong(List<FieldError> problems, String value, String field, int max) {
		Inputs.collect(problems, () -> Inputs.text(value, field, max));
	}

	private static String text(String value, String field, int max) {
		return Inputs.text(value, field, max);
	}

	Meeting load(UUID id) {
		ZoneId zone = counties.currentZone();
		Map<UUID, String> agencyNames = new HashMap<>();
		agencies.findAll().forEach(a -> agencyNames.put(a.id(), a.name()));
		Map<UUID, String> people = new HashMap<>();
		Meeting head = jdbc.sql("""
				select id, tier, kind, lead_agency_id, lead_user_id, scheduled_for, place, status, missing_agency_types,
				    proposal_id, held_at, script_read, script_not_read_reason, cancelled_reason
				from meeting where id = ?""")
			.param(id)
			.query((rs, n) -> new Meeting(rs.getObject("id", UUID.class), rs.getString("tier"), rs.getString("kind"),
					rs.getObject("lead_agency_id", UUID.class), rs.getObject("lead_user_id", UUID.class),
					at(rs, "scheduled_for", zone), rs.getString("place"), rs.getString("status"),
					rs.getString("missing_agency_types").isEmpty() ? List.of()
							: Arrays.asList(rs.getString("missing_agency_types").split(",")),
					rs.getObject("proposal_id", UUID.class), at(rs, "held_at", zone),
					(Boolean) rs.getObject("script_read"), rs.getString("script_not_read_reason"),
					rs.getString("cancelled_reason"), List.of(), List.of(), List.of()))
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.MEETING_NOT_FOUND));
		List<Meeting.YouthPart> parts = jdbc.sql("""
				select youth_id, response_id, invited, wants_to_attend, attended, voice, decisions
				from meeting_youth where meeting_id = ? order by youth_id""")
			.param(id)
			.query((rs, n) -> new Meeting.YouthPart(rs.getObject("youth_id", UUID.class),
					rs.getObject("response_id", UUID.class), rs.getBoolean("invited"), rs.getString("wants_to_attend"),
					(Boolean) rs.getObject("attended"), rs.getString("voice"), rs.getString("decisions")))
			.list();
		List<Meeting.Invitation> invitations = jdbc.sql("""
				select id, agency_id, user_id, required, caregiver_name, caregiver_relationship, attended
				from meeting_invitation where meeting_id = ?""").param(id).query((rs, n) -> {
			UUID user = rs.getObject("user_id", UUID.class);
			UUID agency = rs.getObject("agency_id", UUID.class);
			return new Meeting.Invitation(rs.getObject("id", UUID.class), agency,
					agency == null ? null : agencyNames.get(agency), user,
					user == null ? null
							: people.computeIfAbsent(user,
									u -> accounts.findById(u).map(UserAccount::displayName).orElse(null)),
					rs.getBoolean("required"), rs.getString("caregiver_name"), rs.getString("caregiver_relationship"),
					(Boolean) rs.getObject("attended"));
		})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((Meeting.Invitation i) -> i.caregiver())
				.thenComparing(i -> !i.required())
				.thenComparing(i -> String.valueOf(i.agencyName()))
				.thenComparing(i -> String.valueOf(i.userName())))
			.toList();
		List<UUID> itemIds = jdbc.sql("select id from meeting_action_item where meeting_id = ? order by position")
			.param(id)
			.query(UUID.class)
			.list();
		Map<UUID, Task> itemTasks = tasks.forSubjects(TaskType.MDT_ACTION_ITEM, itemIds)
			.stream()
			.collect(Collectors.toMap(Task::subjectId, task -> task, (a, b) -> a));
		// an action item is shown with its task (they are written together)
		List<Meeting.ActionItem> items = itemIds.stream()
			.filter(itemTasks::containsKey)
			.map(itemTasks::get)
			.map(task -> new Meeting.ActionItem(task.subjectId(), task.youthId(), task.title(), task.owner().agencyId(),
					task.owner().userId(), task.dueAt().atZone(zone).toOffsetDateTime(), task.id(), task.status()))
			.toList();
		return new Meeting(head.id(), head.tier(), head.kind(), head.leadAgencyId(), head.leadUserId(),
				head.scheduledFor(), head.place(), head.status(), head.missingRequiredAgencyTypes(), head.proposalId(),
				head.heldAt(), head.scriptRead(), head.scriptNotReadReason(), head.cancelledReason(), parts,
				invitations, items);
	}

	private static OffsetDateTime at(ResultSet rs, String column, ZoneId zone) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant().atZone(zone).toOffsetDateTime();
	}

}
