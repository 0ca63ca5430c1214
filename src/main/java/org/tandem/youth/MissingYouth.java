package org.tandem.youth;

import java.time.Instant;
import java.util.UUID;

/**
 * A youth away now: their open runaway episode and the name they go by. Read unaudited
 * for a list; the list audits the rows it shows, after the decision point has kept those
 * the viewer may see.
 */
public record MissingYouth(UUID episodeId, UUID youthId, String name, Instant startedAt) {
}
