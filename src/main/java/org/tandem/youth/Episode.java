package org.tandem.youth;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A time a youth was missing or absent without permission: from when they went, to when
 * they returned (none while still away), and to whom.
 *
 * @param returnedToSameCaregiver whether the youth came back to the caregiver they ran
 * from; null when not known
 * @param timeAwayMinutes whole minutes from start to return; null while the episode is
 * open
 */
public record Episode(UUID id, UUID youthId, Instant startedAt, Instant endedAt, Boolean returnedToSameCaregiver,
		String returnedTo, Long timeAwayMinutes, UUID recordedBy, Instant recordedAt) {

	static Episode of(UUID id, UUID youthId, Instant startedAt, Instant endedAt, Boolean returnedToSameCaregiver,
			String returnedTo, UUID recordedBy, Instant recordedAt) {
		Long minutes = endedAt == null ? null : Duration.between(startedAt, endedAt).toMinutes();
		return new Episode(id, youthId, startedAt, endedAt, returnedToSameCaregiver, returnedTo, minutes, recordedBy,
				recordedAt);
	}

	boolean open() {
		return endedAt == null;
	}
}
