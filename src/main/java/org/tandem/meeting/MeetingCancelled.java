package org.tandem.meeting;

import java.util.List;
import java.util.UUID;

/**
 * An MDT meeting was cancelled before it was held; published in the transaction that
 * cancels it.
 */
public record MeetingCancelled(UUID meetingId, List<UUID> youthIds) {
}
