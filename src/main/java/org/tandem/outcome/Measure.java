package org.tandem.outcome;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One measure of an outcome domain: what is counted, in which unit and range, which way
 * is progress, over which period, and where its values come from.
 *
 * @param derivation for a {@link Kind#DERIVED} measure, how Tandem computes it; null
 * otherwise
 */
public record Measure(String id, Domain domain, Words title, Words unit, Range range, Direction direction,
		Period period, Kind kind, SourceKind sourceKind, Derivation derivation, Words description) {

	/** The lowest and highest value a measure can take. */
	public record Range(BigDecimal min, BigDecimal max) {

		boolean contains(BigDecimal value) {
			return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
		}
	}

	/** Which way is progress. */
	public enum Direction {

		HIGHER_IS_BETTER, LOWER_IS_BETTER

	}

	/** The span one value covers; POINT for a value at a moment. */
	public enum Period {

		PER_WEEK, PER_MONTH, PER_SEMESTER, POINT

	}

	/** Who gives the values: a worker, Tandem's own records, or the youth. */
	public enum Kind {

		OBSERVED, DERIVED, YOUTH_REPORTED

	}

	/**
	 * Where a measure's data lives (the seed's Appendix A): an indicator the state
	 * already publishes, a child-welfare case field, an assessment item, a linkage with
	 * another system; or Tandem's own records, a worker's observation, the youth's
	 * report.
	 */
	public enum SourceKind {

		STATE_INDICATOR, CHILD_WELFARE_FIELD, ASSESSMENT_ITEM, SYSTEM_LINKAGE, TANDEM_RECORD, WORKER_OBSERVATION,
		YOUTH_REPORT

	}

	/** The computations Tandem offers for derived measures. */
	public enum Derivation {

		/** Hours away of each runaway episode that ended, on the day it ended. */
		HOURS_AWAY_PER_EPISODE,
		/** Runaway episodes begun in each calendar month, months without any included. */
		EPISODES_AWAY_PER_MONTH,
		/** Placements begun in each half of the year (January-June, July-December). */
		PLACEMENTS_PER_SIX_MONTHS,
		/** Days between incidents of exploitation, and from the last one to today. */
		DAYS_SINCE_LAST_INCIDENT

	}

	public String title(Locale locale) {
		return title.in(locale);
	}

	public String unit(Locale locale) {
		return unit.in(locale);
	}

	boolean derived() {
		return kind == Kind.DERIVED;
	}

	/** Whether going from {@code before} to {@code after} is progress. */
	boolean better(BigDecimal before, BigDecimal after) {
		int comparison = after.compareTo(before);
		return direction == Direction.HIGHER_IS_BETTER ? comparison > 0 : comparison < 0;
	}

}
