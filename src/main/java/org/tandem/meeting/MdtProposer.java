package org.tandem.meeting;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.protocol.Protocol;
import org.tandem.response.CrisisClocks;
import org.tandem.response.Deadlines;
import org.tandem.response.ResponseSharing;
import org.tandem.response.Responses;
import org.tandem.response.TeamResponse;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;

/**
 * Proposes the ongoing MDTs the protocol calls for: the next regular one after each MDT
 * is held, the one after an immediate crisis, and one soon after each trigger event
 * (another module's, or recorded by hand). One proposal per (youth, reason, source
 * event): an event handled twice proposes once ({@link MdtProposals} lists, shows and
 * closes them).
 */
@Service
@Transactional
class MdtProposer {

	/**
	 * A trigger event (a runaway, a return, a placement change, a threat…) changes the
	 * youth's situation now; the protocol asks the team to meet about it promptly, so the
	 * proposal is due a week after the event rather than at the next monthly meeting.
	 */
	static final Duration AFTER_TRIGGER = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final Responses responses;

	private final MdtProposals proposals;

	private final YouthRegistry youth;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final ResponseSharing sharing;

	private final CrisisClocks crises;

	MdtProposer(JdbcClient jdbc, Responses responses, MdtProposals proposals, YouthRegistry youth, Counties counties,
			AuditLog audit, Clock clock, ResponseSharing sharing, CrisisClocks crises) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.proposals = proposals;
		this.youth = youth;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
		this.sharing = sharing;
		this.crises = crises;
	}

	/**
	 * The next regular ongoing MDT, due the ONGOING_MDT tier's interval after the meeting
	 * was held.
	 */
	void afterMeeting(UUID youthId, UUID meetingId, Instant heldAt) {
		responses.latestFor(youthId).ifPresent(response -> {
			Protocol.Tier ongoing = responses.protocolOf(response).tier("ONGOING_MDT");
			if (ongoing == null || ongoing.clocks().isEmpty()) {
				return;
			}
			Protocol.Clock interval = ongoing.clocks()
				.stream()
				.filter(c -> c.name().equals("interval"))
				.findFirst()
				.orElse(ongoing.clocks().get(0));
			propose(response, MdtProposals.INTERVAL, meetingId, heldAt,
					Deadlines.due(heldAt, interval, counties.currentZone()), null);
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
		propose(response, MdtProposals.AFTER_CRISIS, responseId, identified,
				Deadlines.due(from, after.clock(), counties.currentZone()), null);
	}

	/**
	 * A trigger event of another module (a runaway, a return); nothing for a youth
	 * without a response.
	 */
	void triggered(UUID youthId, String event, UUID sourceId, Instant occurredAt) {
		responses.latestFor(youthId).ifPresent(response -> {
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
		TeamResponse response = responses.latestFor(youthId)
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
		return proposals.made(youthId, event, source);
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
			audit.record(MdtProposals.PROPOSED, response.youthId(), Purpose.MDT, reason);
		}
	}

}
