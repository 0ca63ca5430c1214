package org.tandem.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tandem.status.StatusValues.IncidentKind;
import org.tandem.status.StatusValues.IncidentSource;

/**
 * A suspected or confirmed incident of exploitation: when (possibly approximate), where,
 * what.
 */
record Incident(UUID id, UUID youthId, LocalDate occurredFrom, LocalDate occurredTo, boolean approximate,
		String locationCounty, String locationCity, List<IncidentSource> sourceTypes, List<IncidentKind> kinds,
		boolean reportedToLawEnforcement, Instant reportedAt, String note, UUID recordedBy, Instant recordedAt,
		List<UUID> determinationIds) {

	/** The day it happened, or its last day when it lasted. */
	LocalDate lastDay() {
		return occurredTo == null ? occurredFrom : occurredTo;
	}

}
