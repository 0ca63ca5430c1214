package org.tandem.meeting;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.Texts;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.response.CrisisClocks;
import org.tandem.response.Deadlines;
import org.tandem.response.ResponseSharing;
import org.tandem.response.Responses;
import org.tandem.response.TeamResponse;
import org.tandem.protocol.Protocol;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;

/**
 * Ongoing MDTs the protocol calls for: the next regular one after each MDT is held, and
 * one soon after each trigger event. One proposal per (youth, reason, source event): an
 * event handled twice proposes once. Each is owned by the lead agency of the youth's
 * latest response.
 */
@Service
@Transactional
public class MdtProposals {

	/** The reason shown in place of one the person may not know. */
	public static final String WITHHELD = "WITHHELD";

	public static final String PROPOSED = "MDT_PROPOSED", DISMISSED = "MDT_PROPOSAL_DISMISSED",
			LISTED = "MDT_PROPOSALS_LISTED";

	/** The regular meeting after the last one. */
	public static final String INTERVAL = "INTERVAL";

	/**
	 * The meeting that follows an immediate crisis (the protocol's {@code afterCrisis}).
	 */
	public static final String AFTER_CRISIS = "AFTER_CRISIS";

	/**
	 * A trigger event (a runaway, a return, a placement change, a threat…) changes the
	 * youth's situation now; the protocol asks the team to meet about it promptly, so the
	 * proposal is due a week after the event rather than at the next monthly meeting.
	 */
	static final Duration AFTER_TRIGGER = Duration.ofDays(7);

	private static final String COLUMNS = """
			id, youth_id, response_id, reason, source_id, occurred_at, due_at, lead_agency_id, note, status,
			meeting_id, dismissed_reason""";

	private final JdbcClient jdbc;

	private final Responses responses;

	private final YouthRegistry youth;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final ResponseSharing sharing;

	private final CrisisClocks crises;

	MdtProposals(JdbcClient jdbc, Responses responses, YouthRegistry youth, Counties counties, AuditLog audit,
			Clock clock, ResponseSharing sharing, CrisisClocks crises) {
		this.crises = crises;
		this.sharing = sharing;
		this.jdbc = jdbc;
		this.responses = responses;
		this.youth = youth;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The next regular ongoing MDT, due the ONGOING_MDT tier's interval after the meeting
	 * was held.
	 */
	void afterMeeting(UUID youthId, UUID meetingId, Instant heldAt) {
		latestResponse(youthId).ifPresent(response -> {
			Protocol.Tier ongoing = responses.protocolOf(response).tier("ONGOING_MDT");
			if (ongoing == null || ongoing.clocks().isEmpty()) {
				return;
			}
			Protocol.Clock interval = ongoing.clocks()
				.stream()
				.filter(c -> c.name().equals("interval"))
				.findFirst()
				.orElse(ongoing.clocks().get(0));
			propose(response, INTERVAL, meetingId, heldAt, Deadlines.due(heldAt, interval, counties.currentZone()),
					null);
		});
	}

	/**
	 * The meeting that follows an immediate crisis, due as the response's protocol
	 * version sets it: from the identification, or from the deadline of the crisis's last
	 * clock (the end of the 72 hours). Proposed when the crisis starts, so its clock runs
	 * while the crisis does.
	 */
	void afterCrisis(UUID responseId) {
		// an event about a response that is not (or no longer) there proposes nothing
		TeamResponse response = crises.crisis(responseId).orElse(null);
		if (response == null) {
			return;
		}
		Protocol.AfterCrisis after = responses.protocolOf(response).followingCrisis();
		Instant identified = response.identifiedAt().toInstant();
		Instant from = "CRISIS_END".equals(after.from())
				? response.clocks().stream().map(c -> c.dueAt().toInstant()).max(Instant::compareTo).orElse(identified)
				: identified;
		propose(response, AFTER_CRISIS, responseId, identified,
				Deadlines.due(from, after.clock(), counties.currentZone()), null);
	}

	/**
	 * A trigger event of another module (a runaway, a return); nothing for a youth
	 * without a response.
	 */
	void triggered(UUID youthId, String event, UUID sourceId, Instant occurredAt) {
		latestResponse(youthId).ifPresent(response -> {
			if (responses.protocolOf(response).ongoingMdtTriggers().contains(event)) {
				propose(response, event, sourceId, occurredAt, occurredAt.plus(AFTER_TRIGGER), null);
			}
		});
	}

	/**
	 * A trigger event someone records by hand (a placement change, contact with law
	 * enforcement, a psychiatric crisis…). The same event at the same moment recorded
	 * twice proposes once.
	 */
	public MdtProposal recordTrigger(UUID youthId, String eventName, OffsetDateTime occurredAt, String note) {
		youth.requireExists(youthId);
		sharing.require(youthId, Category.MDT_MINUTES);
		if (eventName == null || eventName.isBlank()) {
			throw TandemException.onField(ErrorCode.NOT_AN_MDT_TRIGGER, "event", String.valueOf(eventName));
		}
		String event = eventName.strip().toUpperCase(Locale.ROOT);
		TeamResponse response = latestResponse(youthId)
			.orElseThrow(() -> new TandemException(ErrorCode.YOUTH_HAS_NO_RESPONSE));
		if (!responses.protocolOf(response).ongoingMdtTriggers().contains(event)) {
			throw TandemException.onField(ErrorCode.NOT_AN_MDT_TRIGGER, "event", eventName);
		}
		Instant occurred = occurredAt == null ? clock.instant() : occurredAt.toInstant();
		if (occurred.isAfter(clock.instant().plusSeconds(60))) {
			throw TandemException.onField(ErrorCode.DATE_IN_FUTURE, "occurredAt");
		}
		String text = Inputs.text(note, "note", 2000);
		UUID source = UUID.nameUUIDFromBytes(
				(youthId + "|" + event + "|" + occurred.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
		propose(response, event, source, occurred, occurred.plus(AFTER_TRIGGER), text);
		return jdbc.sql("select " + COLUMNS + " from mdt_proposal where youth_id = ? and reason = ? and source_id = ?")
			.params(youthId, event, source)
			.query(this::map)
			.single();
	}

	private void propose(TeamResponse response, String reason, UUID sourceId, Instant occurredAt, Instant dueAt,
			String note) {
		int created = jdbc.sql("""
				insert into mdt_proposal (county_id, id, youth_id, response_id, reason, source_id, occurred_at, due_at,
				    lead_agency_id, note, created_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (county_id, youth_id, reason, source_id) do nothing""")
			.params(UUID.randomUUID(), response.youthId(), response.id(), reason, sourceId, Timestamp.from(occurredAt),
					Timestamp.from(dueAt), response.leadAgencyId(), note, Timestamp.from(clock.instant()))
			.update();
		if (created == 1) {
			audit.record(PROPOSED, response.youthId(), Purpose.MDT, reason);
		}
	}

	/**
	 * How many proposals the youth has (to tell a new proposal from one the same event
	 * already made).
	 */
	@Transactional(readOnly = true)
	public int count(UUID youthId) {
		return jdbc.sql("select count(*) from mdt_proposal where youth_id = ?")
			.param(youthId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Proposals by status (default open), optionally of one lead agency, soonest due
	 * first.
	 */
	public List<MdtProposal> list(UUID agencyId, String status) {
		String state = status == null || status.isBlank() ? "OPEN"
				: Inputs.oneOf(status, List.of("OPEN", "SCHEDULED", "DISMISSED", "ALL"), "status");
		List<MdtProposal> found = sharing
			.visible(jdbc.sql("select " + COLUMNS + """
					 from mdt_proposal where (? = 'ALL' or status = ?) and (?::uuid is null or lead_agency_id = ?)
					order by due_at limit 500""").params(state, state, agencyId, agencyId).query(this::map).list(),
					MdtProposal::youthId, Category.MDT_MINUTES)
			.stream()
			.map(this::shown)
			.toList();
		audit.recordAll(LISTED, found.stream().map(MdtProposal::youthId).distinct().toList(), Purpose.MDT, null);
		return found;
	}

	/** One proposal, for a person who may see the youth's MDT information. */
	public MdtProposal get(UUID id) {
		MdtProposal proposal = jdbc.sql("select " + COLUMNS + " from mdt_proposal where id = ?")
			.param(id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.PROPOSAL_NOT_FOUND));
		sharing.require(proposal.youthId(), Category.MDT_MINUTES);
		return shown(proposal);
	}

	/**
	 * What the reason for a proposed meeting reveals beyond the team's work: a runaway, a
	 * return or a placement change where the youth is; a trafficker's threats the youth's
	 * status; a psychiatric crisis their mental health; contact with law enforcement or
	 * testifying their court matters.
	 */
	static Category reveals(String reason) {
		return switch (reason == null ? "" : reason) {
			case "RUNAWAY", "RETURN", "PLACEMENT_CHANGE" -> Category.LOCATION;
			case "TRAFFICKER_THREAT" -> Category.CSE_STATUS;
			case "PSYCHIATRIC_CRISIS" -> Category.MENTAL_HEALTH;
			case "LAW_ENFORCEMENT_CONTACT", "PREPARING_TO_TESTIFY" -> Category.COURT_LEGAL;
			default -> Category.MDT_MINUTES;
		};
	}

	/**
	 * The proposal as the person may see it: the meeting is due either way; why, only if
	 * they may know.
	 */
	private MdtProposal shown(MdtProposal proposal) {
		Category category = reveals(proposal.reason());
		if (category == Category.MDT_MINUTES || sharing.decide(proposal.youthId(), category).allowed()) {
			return proposal;
		}
		return new MdtProposal(proposal.id(), proposal.youthId(), proposal.responseId(), WITHHELD, null,
				proposal.occurredAt(), proposal.dueAt(), proposal.leadAgencyId(), null, proposal.status(),
				proposal.meetingId(), proposal.dismissedReason());
	}

	/** The lead agency closes a proposal it will not schedule, saying why. */
	public MdtProposal dismiss(UUID id, String reason) {
		MdtProposal proposal = open(id);
		String why = Inputs.reason(reason, "reason", 2000);
		jdbc.sql("""
				update mdt_proposal set status = 'DISMISSED', dismissed_reason = ?, closed_by = ?, closed_at = ?
				where id = ? and status = 'OPEN'""").params(why, me(), Timestamp.from(clock.instant()), id).update();
		audit.record(DISMISSED, proposal.youthId(), Purpose.MDT, proposal.reason());
		return get(id);
	}

	/** An open proposal the caller's agency leads; others may see it but not close it. */
	MdtProposal open(UUID id) {
		MdtProposal proposal = get(id);
		if (!proposal.open()) {
			throw new TandemException(ErrorCode.PROPOSAL_CLOSED);
		}
		Tenancy.currentMember().map(CountyMember::agencyId).ifPresent(agency -> {
			if (!agency.equals(proposal.leadAgencyId())) {
				throw new TandemException(ErrorCode.NOT_THE_LEAD_AGENCY);
			}
		});
		return proposal;
	}

	void scheduled(UUID proposalId, UUID meetingId) {
		jdbc.sql("""
				update mdt_proposal set status = 'SCHEDULED', meeting_id = ?, closed_by = ?, closed_at = ?
				where id = ? and status = 'OPEN'""")
			.params(meetingId, me(), Timestamp.from(clock.instant()), proposalId)
			.update();
	}

	Optional<TeamResponse> latestResponse(UUID youthId) {
		return responses.latestFor(youthId);
	}

	private static UUID me() {
		return Tenancy.currentMember().map(CountyMember::userId).orElse(null);
	}

	private MdtProposal map(ResultSet rs, int row) throws SQLException {
		ZoneId zone = counties.currentZone();
		return new MdtProposal(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				rs.getObject("response_id", UUID.class), rs.getString("reason"), rs.getObject("source_id", UUID.class),
				rs.getTimestamp("occurred_at").toInstant().atZone(zone).toOffsetDateTime(),
				rs.getTimestamp("due_at").toInstant().atZone(zone).toOffsetDateTime(),
				rs.getObject("lead_agency_id", UUID.class), rs.getString("note"), rs.getString("status"),
				rs.getObject("meeting_id", UUID.class), rs.getString("dismissed_reason"));
	}

}
