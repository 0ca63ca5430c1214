package org.tandem.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An MDT meeting as the team sees it: who leads, when and where, who is invited, and once
 * held its minutes (attendance, the confidentiality script, the youth's voice, decisions,
 * action items). Times carry the county's offset.
 */
public record Meeting(UUID id, String tier, String kind, UUID leadAgencyId, UUID leadUserId,
		OffsetDateTime scheduledFor, String place, String status, List<String> missingRequiredAgencyTypes,
		UUID proposalId, OffsetDateTime heldAt, Boolean scriptRead, String scriptNotReadReason, String cancelledReason,
		List<YouthPart> youth, List<Invitation> invitations, List<ActionItem> actionItems) {

	/**
	 * A youth the meeting is about: always invited, asked whether they want to attend.
	 */
	public record YouthPart(UUID youthId, UUID responseId, boolean invited, String wantsToAttend, Boolean attended,
			String voice, String decisions) {
	}

	/** An invited person of an agency (or the agency alone), or the caregiver. */
	public record Invitation(UUID id, UUID agencyId, String agencyName, UUID userId, String userName, boolean required,
			String caregiverName, String caregiverRelationship, Boolean attended) {

		public boolean caregiver() {
			return caregiverName != null;
		}
	}

	/** An action item decided in the meeting, and the task it became. */
	public record ActionItem(UUID id, UUID youthId, String title, UUID ownerAgencyId, UUID ownerUserId,
			OffsetDateTime dueAt, UUID taskId, String taskStatus) {
	}

	public boolean scheduled() {
		return "SCHEDULED".equals(status);
	}

	public boolean held() {
		return "HELD".equals(status);
	}
}
