package org.tandem.youth;

import java.time.Instant;
import java.util.UUID;

/** A youth returned; published in the transaction that records the return. */
public record RunawayEpisodeEnded(UUID youthId, UUID episodeId, Instant startedAt, Instant endedAt, UUID recordedBy,
		UUID recordedByAgency) {
}
