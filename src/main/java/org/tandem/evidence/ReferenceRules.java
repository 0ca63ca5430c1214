package org.tandem.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * The reference standard a screening is judged by, from what people determined after it.
 *
 * <ul>
 * <li>Positive: a confirmed determination (not ruled out) dated within {@code windowDays}
 * after the screening (the day of the screening included).</li>
 * <li>Negative: a determination ruled out within the window, when none was
 * confirmed.</li>
 * <li>Otherwise, once the window has passed ({@code asOf} is at or after its end), what
 * {@code noDeterminationIs} says; before that the outcome is not known yet, and the
 * screening is left out.</li>
 * <li>A youth already confirmed before the screening is left out: the screening could not
 * have identified what was known.</li>
 * </ul>
 */
record ReferenceRules(int windowDays, NoDetermination noDeterminationIs, LocalDate asOf) {

	static final int DEFAULT_WINDOW_DAYS = 180;

	/** One determination about the youth, as the status module publishes it. */
	record Determination(String kind, String state, LocalDate determinedOn, LocalDate closedOn) {

		boolean confirmed() {
			return "CONFIRMED".equals(kind) && !ruledOut();
		}

		boolean ruledOut() {
			return "RULED_OUT".equals(state);
		}

	}

	ReferenceOutcome judge(LocalDate screenedOn, List<Determination> determinations) {
		LocalDate end = screenedOn.plusDays(windowDays);
		boolean positive = false;
		boolean negative = false;
		for (Determination d : determinations) {
			if (d.confirmed() && d.determinedOn().isBefore(screenedOn)) {
				return ReferenceOutcome.EXCLUDED;
			}
			positive |= d.confirmed() && within(d.determinedOn(), screenedOn, end);
			negative |= d.ruledOut() && d.closedOn() != null && within(d.closedOn(), screenedOn, end);
		}
		if (positive) {
			return ReferenceOutcome.POSITIVE;
		}
		if (negative) {
			return ReferenceOutcome.NEGATIVE;
		}
		if (asOf.isBefore(end)) {
			return ReferenceOutcome.EXCLUDED;
		}
		return noDeterminationIs == NoDetermination.NEGATIVE ? ReferenceOutcome.NEGATIVE : ReferenceOutcome.EXCLUDED;
	}

	private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
		return !day.isBefore(start) && !day.isAfter(end);
	}

}
