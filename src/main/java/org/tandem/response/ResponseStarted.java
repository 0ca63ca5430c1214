package org.tandem.response;

import java.time.Instant;
import java.util.UUID;

/** A team response started; published in the transaction that starts it. */
public record ResponseStarted(UUID responseId, UUID youthId, String tier, String jurisdiction, UUID leadAgencyId,
		Instant identifiedAt, UUID startedBy) {
}
