package org.tandem.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A youth on the screening worklist: why they are due and by when.
 *
 * @param reason INTAKE (never screened: 30 days from registration), RESCREEN (6 months
 * after the last screening) or the trigger's reason (for example RUNAWAY_RETURN)
 */
public record DueScreening(UUID youthId, String firstName, String lastName, LocalDate dateOfBirth,
		LocalDate lastScreenedOn, String lastLevel, String reason, Instant dueAt, boolean overdue) {
}
