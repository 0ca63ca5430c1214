package org.tandem.sharing;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Emergency access one person took to one youth's record, with its reason and its review.
 */
public record BreakGlass(UUID id, UUID userId, String username, UUID agencyId, String agencyName, UUID youthId,
		String reason, OffsetDateTime startedAt, OffsetDateTime expiresAt, UUID reviewedBy, OffsetDateTime reviewedAt,
		Outcome reviewOutcome, String reviewNote) {

	public enum Outcome {

		JUSTIFIED, NOT_JUSTIFIED

	}
}
