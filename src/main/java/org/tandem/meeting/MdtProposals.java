package org.tandem.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
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
import org.tandem.response.ResponseSharing;
import org.tandem.response.Responses;
import org.tandem.response.TeamResponse;
import org.tandem.sharing.Category;

/**
 * The ongoing MDTs proposed ({@link MdtProposer} proposes them): listed, shown as the
 * person may see their reason, dismissed by the lead agency or closed when scheduled.
 * Each is owned by the lead agency of the youth's latest response.
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

	private static final String COLUMNS = """
			id, youth_id, response_id, reason, source_id, occurred_at, due_at, lead_agency_id, note, status,
			meeting_id, dismissed_reason""";

	private final JdbcClient jdbc;

	private final Responses responses;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final ResponseSharing sharing;

	MdtProposals(JdbcClient jdbc, Responses responses, Counties counties, AuditLog audit, Clock clock,
			ResponseSharing sharing) {
		this.sharing = sharing;
		this.jdbc = jdbc;
		this.responses = responses;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The proposal an event made (the youth, the reason and the source event name one).
	 */
	MdtProposal made(UUID youthId, String reason, UUID sourceId) {
		return jdbc.sql("select " + COLUMNS + " from mdt_proposal where youth_id = ? and reason = ? and source_id = ?")
			.params(youthId, reason, sourceId)
			.query(this::map)
			.single();
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
