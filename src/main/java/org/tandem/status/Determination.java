package org.tandem.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tandem.status.StatusValues.Kind;
import org.tandem.status.StatusValues.Source;
import org.tandem.status.StatusValues.State;

/**
 * One dated, attributed, sourced determination. A closed one is past, never a current
 * label: resolved (with the last known occurrence) or ruled out.
 */
record Determination(UUID id, UUID youthId, Kind kind, LocalDate determinedOn, Source source, UUID screeningId,
		String note, UUID determinedBy, UUID agencyId, Instant recordedAt, State state, LocalDate closedOn,
		LocalDate lastKnownOn, String closeReason, List<UUID> incidentIds) {

	boolean current() {
		return state == State.ACTIVE;
	}
}
