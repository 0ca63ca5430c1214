package org.tandem.status;

import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;

import java.time.Instant;
import java.util.List;

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
public record DeterminationRecorded(YouthId youthId, DeterminationId determinationId, String kind,
		List<IncidentId> incidentIds, boolean byMandatedReporter, UserId recordedBy, AgencyId recordedByAgency,
		Instant recordedAt, Instant suspectedAt) {

	public boolean ofExploitation() {
		return "SUSPECTED".equals(kind) || "CONFIRMED".equals(kind);
	}
}
