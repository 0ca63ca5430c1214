package org.tandem.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How an instrument version performed for the county's youth in a period, in aggregates
 * only. When fewer screenings were positive or negative than
 * {@link Validations#smallestCell()} (11), {@code suppressed} is true and the statistics
 * are left out (null), so that no answer reveals a single youth.
 *
 * @param n screenings with a reference outcome (positives and negatives)
 * @param excluded screenings counted but without a reference outcome (not yet known, or
 * excluded by the rules)
 */
public record ValidationReport(String instrumentId, int version, LocalDate from, LocalDate to, int windowDays,
		NoDetermination noDeterminationIs, ScreeningsCounted screenings, boolean suppressed, Integer n,
		Integer positives, Integer negatives, Integer excluded, Double auc, List<Double> aucCi95, List<RocPoint> roc,
		List<Cutoff> cutoffs, AlphaReport alpha, List<Group> groups) {

	/**
	 * One point of the ROC curve: screenings scoring {@code threshold} or more are called
	 * positive; the last point ({@code threshold} null) calls nobody positive.
	 */
	public record RocPoint(Integer threshold, double sensitivity, double specificity) {
	}

	/**
	 * The two-by-two table at one total score; {@code level} names the level of concern
	 * that starts at this score (the instrument's current thresholds).
	 */
	public record Cutoff(int score, String level, long tp, long fp, long tn, long fn, Double sensitivity,
			List<Double> sensitivityCi95, Double specificity, List<Double> specificityCi95, Double ppv,
			List<Double> ppvCi95, Double npv, List<Double> npvCi95) {
	}

	/**
	 * Cronbach's alpha of the item points of the screenings counted (whatever their
	 * outcome), overall and per indicator, and overall with each item dropped.
	 */
	public record AlphaReport(boolean suppressed, Double overall, Map<String, Double> byIndicator,
			Map<String, Double> ifItemDropped) {
	}

	/** The same statistics for one subgroup. */
	public record Group(GroupBy by, String group, boolean suppressed, Integer n, Integer positives, Integer negatives,
			Double auc, List<Double> aucCi95, List<Cutoff> cutoffs) {
	}

}
