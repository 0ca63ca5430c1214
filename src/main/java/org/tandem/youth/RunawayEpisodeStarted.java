package org.tandem.youth;

import java.time.Instant;
import java.util.UUID;

/**
 * A youth went missing or absent without permission; published in the transaction that
 * records it.
 */
public record RunawayEpisodeStarted(UUID youthId, UUID episodeId, Instant startedAt, UUID recordedBy,
		UUID recordedByAgency) {
}
