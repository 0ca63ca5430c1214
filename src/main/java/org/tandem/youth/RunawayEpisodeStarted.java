package org.tandem.youth;

import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;

import java.time.Instant;

/**
 * A youth went missing or absent without permission; published in the transaction that
 * records it.
 */
public record RunawayEpisodeStarted(YouthId youthId, EpisodeId episodeId, Instant startedAt, UserId recordedBy,
		AgencyId recordedByAgency) {
}
