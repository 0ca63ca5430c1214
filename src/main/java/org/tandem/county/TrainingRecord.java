package org.tandem.county;

import java.time.LocalDate;
import java.util.UUID;

/** A course a person completed; screening requires a current one. */
public record TrainingRecord(UUID id, UUID userId, String course, LocalDate completedOn, LocalDate expiresOn) {

	public boolean currentOn(LocalDate day) {
		return !completedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
	}
}
