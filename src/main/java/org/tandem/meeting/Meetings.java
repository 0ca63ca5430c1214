package org.tandem.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.Tenancy;
import org.tandem.protocol.Protocol;
import org.tandem.response.ResponseSharing;
import org.tandem.response.Responses;
import org.tandem.response.TeamResponse;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;
import org.tandem.platform.YouthId;

/**
 * MDT meetings: scheduled for a response (or several youth in a case review) with the
 * protocol's required agencies invited and optional ones by choice
 * ({@link MeetingScheduling}), then held, its minutes recorded ({@link MeetingMinutes}),
 * or cancelled. Here: reading meetings, and cancelling one.
 */
@Service
@Transactional
public class Meetings {

	public static final String SCHEDULED = "MEETING_SCHEDULED", VIEWED = "MEETING_VIEWED", LISTED = "MEETINGS_LISTED",
			MINUTES = "MEETING_MINUTES_RECORDED", CANCELLED = "MEETING_CANCELLED";

	private final JdbcClient jdbc;

	private final Responses responses;

	private final YouthRegistry youth;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ResponseSharing sharing;

	private final MeetingRecords records;

	Meetings(JdbcClient jdbc, Responses responses, YouthRegistry youth, AuditLog audit, Clock clock,
			ApplicationEventPublisher events, ResponseSharing sharing, MeetingRecords records) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.youth = youth;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
		this.sharing = sharing;
		this.records = records;
	}

	/**
	 * One meeting, audited as seen for each youth it is about. Another county's is not
	 * found.
	 */
	public Meeting get(UUID id) {
		Meeting meeting = records.visible(records.load(id));
		audit.recordAll(VIEWED, MeetingRecords.youthIds(meeting), Purpose.current(), null);
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
			.map(records::load)
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
			.map(records::load)
			.toList(), MeetingRecords::youthIds, Category.MDT_MINUTES);
		audit.recordAll(LISTED, found.stream().flatMap(m -> MeetingRecords.youthIds(m).stream()).distinct().toList(),
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

	public Meeting cancel(UUID id, String reason) {
		Meeting meeting = records.visible(records.load(id));
		MeetingRecords.requireScheduled(meeting, ErrorCode.MINUTES_OF_A_SCHEDULED_MEETING_ONLY);
		String why = Inputs.reason(reason, "reason", 2000);
		jdbc.sql("""
				update meeting set status = 'CANCELLED', cancelled_reason = ?, cancelled_by = ?, cancelled_at = ?
				where id = ? and status = 'SCHEDULED'""")
			.params(why, Tenancy.currentMember().map(CountyMember::userId).orElse(null),
					Timestamp.from(clock.instant()), id)
			.update();
		List<UUID> youthIds = MeetingRecords.youthIds(meeting);
		audit.recordAll(CANCELLED, youthIds, Purpose.MDT, null);
		events.publishEvent(new MeetingCancelled(MeetingId.of(id), youthIds.stream().map(YouthId::of).toList()));
		return records.load(id);
	}

}
