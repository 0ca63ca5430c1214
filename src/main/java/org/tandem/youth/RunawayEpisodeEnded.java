package org.tandem.youth;

import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;

import java.time.Instant;

/** A youth returned; published in the transaction that records the return. */
public record RunawayEpisodeEnded(YouthId youthId, EpisodeId episodeId, Instant startedAt, Instant endedAt,
		UserId recordedBy, AgencyId recordedByAgency) {
}
