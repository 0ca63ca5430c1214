package org.tandem.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Counties;
import org.tandem.county.UserAccounts;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.TandemException.FieldError;
import org.tandem.platform.Tenancy;
import org.tandem.platform.Texts;
import org.tandem.response.Responses;
import org.tandem.response.TeamResponse;
import org.tandem.task.Task;
import org.tandem.task.Tasks;
import org.tandem.platform.UserId;

/**
 * The minutes of a meeting that was held: attendance, the confidentiality script, the
 * youth's voice and decisions; action items become tasks, the responses' meeting clocks
 * are met, and the next ongoing MDT is proposed. Every problem of the minutes is reported
 * at once, by field.
 */
@Service
@Transactional
class MeetingMinutes {

	/**
	 * Tiers whose clocks a meeting meets (convene, interval); the crisis clocks are met
	 * by engaging and stabilizing.
	 */
	private static final Set<String> MEETING_TIERS = Set.of("INITIAL_MDT", "ONGOING_MDT");

	private final JdbcClient jdbc;

	private final Responses responses;

	private final MdtProposer proposals;

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final Tasks tasks;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final MeetingRecords records;

	MeetingMinutes(JdbcClient jdbc, Responses responses, MdtProposer proposals, Agencies agencies,
			UserAccounts accounts, Tasks tasks, Counties counties, AuditLog audit, Clock clock,
			MeetingRecords records) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.proposals = proposals;
		this.agencies = agencies;
		this.accounts = accounts;
		this.tasks = tasks;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
		this.records = records;
	}

	/** An action item as checked: about which youth, due when. */
	private record CheckedItem(UUID youthId, Instant due) {
	}

	/**
	 * Records the minutes of a meeting that has happened: its scheduled time has passed,
	 * and it was held on or after its scheduled day and not in the future (a meeting
	 * moved earlier is cancelled and scheduled again).
	 */
	public Meeting recordMinutes(UUID id, MeetingRequests.Minutes minutes) {
		Meeting meeting = records.visible(records.load(id));
		MeetingRecords.requireScheduled(meeting, ErrorCode.MINUTES_ALREADY_RECORDED);
		Instant now = clock.instant();
		ZoneId zone = counties.currentZone();
		Instant held = heldAt(meeting, minutes, now, zone);
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
		List<UUID> youthIds = MeetingRecords.youthIds(meeting);
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
		List<CheckedItem> checked = actionItems(items, youthIds, zone, problems);
		String breachReason = Texts.blankToNull(minutes.breachReason());
		tooLong(problems, breachReason, "breachReason", 2000);
		Map<UUID, List<String>> clocksToMeet = clocksToMeet(meeting, held, breachReason, problems);
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
		saveAttendance(id, invitationIds, attendance, youthIds, ofYouth);
		for (int i = 0; i < items.size(); i++) {
			UUID itemId = UUID.randomUUID();
			jdbc.sql("""
					insert into meeting_action_item (county_id, id, meeting_id, youth_id, position)
					values (current_county(), ?, ?, ?, ?)""").params(itemId, id, checked.get(i).youthId(), i).update();
			MeetingRequests.ActionItem item = items.get(i);
			tasks.assign(checked.get(i).youthId(), itemId, item.title().strip(), checked.get(i).due(),
					new Task.Owner(item.ownerAgencyId(), item.ownerUserId()));
		}
		OffsetDateTime heldAt = held.atZone(zone).toOffsetDateTime();
		clocksToMeet.forEach((response, names) -> names.forEach(name -> responses.meet(response, name, heldAt,
				held.isAfter(due(response, name)) ? breachReason : null)));
		if (MEETING_TIERS.contains(meeting.tier())) {
			youthIds.forEach(y -> proposals.afterMeeting(y, id, held));
		}
		audit.recordAll(Meetings.MINUTES, youthIds, Purpose.MDT, meeting.tier());
		return records.load(id);
	}

	/** When the meeting was held: the scheduled time unless stated, and not too early. */
	private static Instant heldAt(Meeting meeting, MeetingRequests.Minutes minutes, Instant now, ZoneId zone) {
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
		return held;
	}

	/**
	 * Each action item checked (its problems added), in order: about a youth of the
	 * meeting (the only one, when not said), titled, owned by a known agency and person,
	 * due at a time or on a day (the end of that day in the county).
	 */
	private List<CheckedItem> actionItems(List<MeetingRequests.ActionItem> items, List<UUID> youthIds, ZoneId zone,
			List<FieldError> problems) {
		Set<UUID> agencyIds = new LinkedHashSet<>();
		agencies.findAll().forEach(a -> agencyIds.add(a.id()));
		List<CheckedItem> checked = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			MeetingRequests.ActionItem item = items.get(i);
			String at = "actionItems[" + i + "].";
			UUID of = item.youthId() != null ? item.youthId() : youthIds.size() == 1 ? youthIds.get(0) : null;
			if (of == null || !youthIds.contains(of)) {
				problems.add(FieldError.of(at + "youthId", ErrorCode.YOUTH_NOT_IN_MEETING));
			}
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
			if (item.ownerUserId() != null && accounts.findById(UserId.of(item.ownerUserId()))
				.filter(u -> u.enabled() && u.agencyId().equals(item.ownerAgencyId()))
				.isEmpty()) {
				problems.add(FieldError.of(at + "ownerUserId", ErrorCode.UNKNOWN_PERSON));
			}
			Instant due = item.dueAt() != null ? item.dueAt().toInstant()
					: item.dueOn() != null ? item.dueOn().atTime(LocalTime.of(23, 59)).atZone(zone).toInstant() : null;
			if (due == null) {
				problems.add(FieldError.of(at + "dueOn", ErrorCode.ACTION_ITEM_DUE_REQUIRED));
			}
			checked.add(new CheckedItem(of, due));
		}
		return checked;
	}

	/**
	 * The meeting clocks of the responses (convene, interval), met when the meeting was
	 * held; one met late needs the reason for the delay.
	 */
	private Map<UUID, List<String>> clocksToMeet(Meeting meeting, Instant held, String breachReason,
			List<FieldError> problems) {
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
		return clocksToMeet;
	}

	private void saveAttendance(UUID id, Set<UUID> invitationIds, List<MeetingRequests.Attendance> attendance,
			List<UUID> youthIds, List<MeetingRequests.YouthMinutes> ofYouth) {
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

	private static void tooLong(List<FieldError> problems, String value, String field, int max) {
		Inputs.collect(problems, () -> Inputs.text(value, field, max));
	}

}
