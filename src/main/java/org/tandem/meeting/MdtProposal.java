package org.tandem.meeting;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An ongoing MDT the protocol calls for, owned by the lead agency of the youth's latest
 * response: {@code reason} is INTERVAL (the regular meeting after the last one) or one of
 * the protocol's trigger events; closed when the lead schedules a meeting from it or
 * dismisses it with a reason.
 */
public record MdtProposal(UUID id, UUID youthId, UUID responseId, String reason, UUID sourceId,
		OffsetDateTime occurredAt, OffsetDateTime dueAt, UUID leadAgencyId, String note, String status, UUID meetingId,
		String dismissedReason) {

	public boolean open() {
		return "OPEN".equals(status);
	}
}
