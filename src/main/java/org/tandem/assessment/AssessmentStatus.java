package org.tandem.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a youth stands with the needs and strengths assessment.
 *
 * @param state NOT_IDENTIFIED (no team response yet, never assessed), DUE (on or after
 * {@code dueOn}) or UP_TO_DATE
 * @param reason why it is (next) due: IDENTIFICATION, PLACEMENT_CHANGE or PERIODIC (6
 * months after the last); null when not identified
 * @param last the newest assessment by any agency, which others see instead of repeating
 * it; null when there is none
 */
public record AssessmentStatus(UUID youthId, String firstName, String lastName, LocalDate identifiedOn, String state,
		String reason, LocalDate dueOn, LastAssessment last) {

	/**
	 * An assessment already done: by which agency, on which day, and the screening that
	 * holds its result.
	 */
	public record LastAssessment(UUID screeningId, LocalDate assessedOn, UUID agencyId, String agencyName) {
	}

	public boolean due() {
		return "DUE".equals(state);
	}
}
