package org.tandem.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.UserAccount;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.platform.Texts;
import org.tandem.response.ResponseSharing;
import org.tandem.response.Responses;
import org.tandem.response.TeamResponse;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;
import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;
import org.tandem.protocol.ResponseTier;

/**
 * Schedules MDT meetings: for a response (or several youth in a case review), with the
 * protocol's required agencies invited and optional ones by choice, and the people the
 * lead names invited by name.
 */
@Service
@Transactional
class MeetingScheduling {

	static final List<String> TIERS = List.of("IMMEDIATE_CRISIS", "INITIAL_MDT", "ONGOING_MDT");

	static final List<String> WANTS = List.of("YES", "NO", "NOT_ASKED_YET");

	private final JdbcClient jdbc;

	private final Responses responses;

	private final MdtProposals proposals;

	private final Agencies agencies;

	private final YouthRegistry youth;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ResponseSharing sharing;

	private final MeetingRecords records;

	private final MeetingInvitees invitees;

	MeetingScheduling(JdbcClient jdbc, Responses responses, MdtProposals proposals, Agencies agencies,
			YouthRegistry youth, AuditLog audit, Clock clock, ApplicationEventPublisher events, ResponseSharing sharing,
			MeetingRecords records, MeetingInvitees invitees) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.proposals = proposals;
		this.agencies = agencies;
		this.youth = youth;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
		this.sharing = sharing;
		this.records = records;
		this.invitees = invitees;
	}

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
		String place = Inputs.text(request.place(), "place", 500);
		String wants = wantsToAttend(request.youthWantsToAttend());
		String caregiverName = request.caregiver() == null ? null
				: Inputs.text(request.caregiver().name(), "caregiver.name", 200);
		String caregiverRelationship = caregiverName == null ? null
				: Inputs.text(request.caregiver().relationship(), "caregiver.relationship", 200);

		MeetingInvitees.Invited invited = invitees.invitedAgencies(tier, kind, reviewed, active, lead,
				request.optionalAgencies());
		Map<UUID, List<UserAccount>> named = invitees.namedPeople(request, lead, invited.agencies());

		UUID meetingId = UUID.randomUUID();
		UUID me = Tenancy.currentMember().map(CountyMember::userId).orElse(null);
		jdbc.sql("""
				insert into meeting (county_id, id, tier, kind, lead_agency_id, lead_user_id, scheduled_for, place,
				    missing_agency_types, proposal_id, created_by, created_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(meetingId, tier, kind, lead.id(), request.leadUserId(),
					Timestamp.from(request.scheduledFor().toInstant()), place, String.join(",", invited.missing()),
					proposal == null ? null : proposal.id(), me, Timestamp.from(clock.instant()))
			.update();
		for (TeamResponse r : reviewed) {
			jdbc.sql("""
					insert into meeting_youth (county_id, meeting_id, youth_id, response_id, wants_to_attend)
					values (current_county(), ?, ?, ?, ?)""").params(meetingId, r.youthId(), r.id(), wants).update();
		}
		Set<UUID> invitedPeople = invitees.invitePeople(meetingId, invited.agencies(), named);
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
		audit.recordAll(Meetings.SCHEDULED, youthIds, Purpose.MDT, tier + " " + kind);
		events.publishEvent(new MeetingScheduled(MeetingId.of(meetingId), youthIds.stream().map(YouthId::of).toList(),
				ResponseTier.valueOf(tier), request.scheduledFor().toInstant(), AgencyId.of(lead.id()),
				invitedPeople.stream().map(UserId::of).toList()));
		return records.load(meetingId);
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

}
