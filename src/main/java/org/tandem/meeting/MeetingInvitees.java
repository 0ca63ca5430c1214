package org.tandem.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.county.Agency;
import org.tandem.county.Counties;
import org.tandem.county.TrainingRecords;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.protocol.Protocol;
import org.tandem.response.Responses;
import org.tandem.response.TeamResponse;
import org.tandem.platform.UserId;

/**
 * Who a meeting being scheduled invites: the agencies the protocol requires of its tier,
 * the lead, the optional ones chosen, and people by name; each invited agency's named
 * people or, with nobody named, its trained members.
 */
@Component
class MeetingInvitees {

	private final JdbcClient jdbc;

	private final Responses responses;

	private final UserAccounts accounts;

	private final TrainingRecords training;

	private final Counties counties;

	private final Clock clock;

	MeetingInvitees(JdbcClient jdbc, Responses responses, UserAccounts accounts, TrainingRecords training,
			Counties counties, Clock clock) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.accounts = accounts;
		this.training = training;
		this.counties = counties;
		this.clock = clock;
	}

	/**
	 * The agencies invited (each with whether it is required) and the required agency
	 * types the county has no active agency of.
	 */
	record Invited(Map<UUID, Boolean> agencies, List<String> missing) {
	}

	/**
	 * What the protocol asks of the tier (a case review: of each youth's tier, together),
	 * with the lead and the optional agencies chosen.
	 */
	Invited invitedAgencies(String tier, String kind, List<TeamResponse> reviewed, List<Agency> active, Agency lead,
			List<UUID> chosen) {
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
		return new Invited(invited, missing);
	}

	/**
	 * People named by the lead, by agency: invited by name, and their agency with them
	 * ({@code invited} gains it).
	 */
	Map<UUID, List<UserAccount>> namedPeople(MeetingRequests.Schedule request, Agency lead,
			Map<UUID, Boolean> invited) {
		Map<UUID, List<UserAccount>> named = new HashMap<>();
		List<UUID> people = new ArrayList<>(request.invitees());
		if (request.leadUserId() != null) {
			UserAccount leadUser = accounts.findById(UserId.of(request.leadUserId()))
				.filter(UserAccount::enabled)
				.filter(u -> lead.id().equals(u.agencyId()))
				.orElseThrow(() -> TandemException.onField(ErrorCode.UNKNOWN_PERSON, "leadUserId"));
			people.add(0, leadUser.id());
		}
		for (int i = 0; i < people.size(); i++) {
			UUID id = people.get(i);
			String field = "inviteeUserIds[" + (request.leadUserId() == null ? i : i - 1) + "]";
			UserAccount person = accounts.findById(UserId.of(id))
				.filter(UserAccount::enabled)
				.orElseThrow(() -> TandemException.onField(ErrorCode.UNKNOWN_PERSON, field));
			List<UserAccount> ofAgency = named.computeIfAbsent(person.agencyId(), a -> new ArrayList<>());
			if (ofAgency.stream().noneMatch(u -> u.id().equals(person.id()))) {
				ofAgency.add(person);
			}
			invited.putIfAbsent(person.agencyId(), false);
		}
		return named;
	}

	/**
	 * Invites each agency's named people, or with nobody named every active member
	 * trained to take part; returns the people invited.
	 */
	Set<UUID> invitePeople(UUID meetingId, Map<UUID, Boolean> invited, Map<UUID, List<UserAccount>> named) {
		LocalDate today = LocalDate.now(clock.withZone(counties.currentZone()));
		List<UserAccount> everyone = accounts.findAll();
		Set<UUID> invitees = new LinkedHashSet<>();
		for (Map.Entry<UUID, Boolean> agency : invited.entrySet()) {
			List<UserAccount> members = named.get(agency.getKey());
			if (members == null) {
				members = everyone.stream()
					.filter(u -> u.enabled() && agency.getKey().equals(u.agencyId()))
					.filter(u -> training.hasCurrentTraining(UserId.of(u.id()), today))
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
		return invitees;
	}

	private void invite(UUID meetingId, UUID agencyId, UUID userId, boolean required) {
		jdbc.sql("""
				insert into meeting_invitation (county_id, id, meeting_id, agency_id, user_id, required)
				values (current_county(), ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), meetingId, agencyId, userId, required)
			.update();
	}

}
