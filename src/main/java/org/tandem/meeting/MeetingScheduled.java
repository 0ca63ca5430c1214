package org.tandem.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An MDT meeting was scheduled and these people invited; published in the transaction
 * that schedules it.
 */
public record MeetingScheduled(UUID meetingId, List<UUID> youthIds, String tier, Instant scheduledFor,
		UUID leadAgencyId, List<UUID> inviteeUserIds) {
}
