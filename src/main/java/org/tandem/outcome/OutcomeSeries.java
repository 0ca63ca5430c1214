package org.tandem.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One measure of one youth over time: each value with its change from the previous one,
 * and the trend of the last change, read in the measure's direction (from 30 hours away
 * to 6 is improving).
 *
 * @param trend null while there is only one value, or none
 */
public record OutcomeSeries(Measure measure, List<Point> points, Trend trend) {

	/**
	 * A value on a day; {@code change} from the previous value (null for the first),
	 * {@code derived} when Tandem computed it from the record.
	 */
	public record Point(LocalDate on, BigDecimal value, BigDecimal change, boolean derived) {
	}

	/** Which way the last change went, in the measure's direction. */
	public enum Trend {

		IMPROVING, WORSENING, STABLE

	}

	/** A value before its change is known. */
	record Value(LocalDate on, BigDecimal value, boolean derived) {
	}

	/**
	 * The series of these values, taken in the order given (by day, then as recorded).
	 */
	static OutcomeSeries of(Measure measure, List<Value> values) {
		List<Point> points = new ArrayList<>(values.size());
		BigDecimal previous = null;
		for (Value value : values) {
			BigDecimal change = previous == null ? null : value.value().subtract(previous);
			points.add(new Point(value.on(), value.value(), change, value.derived()));
			previous = value.value();
		}
		return new OutcomeSeries(measure, List.copyOf(points), trend(measure, points));
	}

	static Trend trend(Measure measure, List<Point> points) {
		if (points.size() < 2) {
			return null;
		}
		BigDecimal before = points.get(points.size() - 2).value();
		BigDecimal after = points.get(points.size() - 1).value();
		if (after.compareTo(before) == 0) {
			return Trend.STABLE;
		}
		return measure.better(before, after) ? Trend.IMPROVING : Trend.WORSENING;
	}

}
