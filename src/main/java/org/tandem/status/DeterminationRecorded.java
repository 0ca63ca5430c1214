package org.tandem.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published in the transaction that records a determination, so that what follows from it
 * (the mandated report) is created with it or not at all.
 *
 * @param kind AT_RISK, SUSPECTED or CONFIRMED
 * @param incidentIds the incidents it rests on; a report is owed once per incident
 * @param byMandatedReporter whether the person who recorded it is a mandated reporter
 * @param suspectedAt when the suspicion arose (from {@code determinedAt}), where a
 * mandated reporter's duty starts; at or before {@code recordedAt}
 */
public record DeterminationRecorded(UUID youthId, UUID determinationId, String kind, List<UUID> incidentIds,
		boolean byMandatedReporter, UUID recordedBy, UUID recordedByAgency, Instant recordedAt, Instant suspectedAt) {

	public boolean ofExploitation() {
		return "SUSPECTED".equals(kind) || "CONFIRMED".equals(kind);
	}
}
