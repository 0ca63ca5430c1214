package org.tandem.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a client sends to schedule a meeting or record its minutes (the API's JSON and the
 * pages' forms).
 */
public final class MeetingRequests {

	private MeetingRequests() {
	}

	/**
	 * Schedules a meeting. For a response the lead defaults to the response's lead agency
	 * and the tier to the response's (ONGOING_MDT when scheduled from a proposal); a case
	 * review names {@code youthIds}.
	 */
	public record Schedule(OffsetDateTime scheduledFor, UUID leadAgencyId, UUID leadUserId, String place,
			List<UUID> optionalAgencyIds, List<UUID> inviteeUserIds, String youthWantsToAttend, Caregiver caregiver,
			UUID proposalId, String tier, List<UUID> youthIds, String kind) {

		public List<UUID> optionalAgencies() {
			return optionalAgencyIds == null ? List.of() : optionalAgencyIds;
		}

		public List<UUID> invitees() {
			return inviteeUserIds == null ? List.of() : inviteeUserIds;
		}
	}

	public record Caregiver(String name, String relationship) {
	}

	public record Minutes(OffsetDateTime heldAt, Boolean scriptRead, String scriptNotReadReason,
			List<Attendance> attendance, List<YouthMinutes> youth, List<ActionItem> actionItems, String breachReason) {
	}

	public record Attendance(UUID invitationId, Boolean attended) {
	}

	public record YouthMinutes(UUID youthId, Boolean attended, String voice, String decisions) {
	}

	/**
	 * An action item: owner agency (and person), and a due date ({@code dueOn}) or time
	 * ({@code dueAt}).
	 */
	public record ActionItem(UUID youthId, String title, UUID ownerAgencyId, UUID ownerUserId, LocalDate dueOn,
			OffsetDateTime dueAt) {
	}

	public record Reason(String reason) {
	}

	public record Trigger(String event, OffsetDateTime occurredAt, String note) {
	}

}
