package org.tandem.evidence;

/**
 * The two-by-two table of one cut-off: a screening scoring {@code threshold} or more is
 * called positive. Each rate is a proportion of counts with its Wilson 95% interval, and
 * undefined when its denominator is empty.
 */
public record ConfusionCounts(double threshold, long tp, long fp, long tn, long fn) {

	/** Positives called positive: tp / (tp + fn). */
	public Estimate sensitivity() {
		return Proportions.wilson(tp, tp + fn);
	}

	/** Negatives called negative: tn / (tn + fp). */
	public Estimate specificity() {
		return Proportions.wilson(tn, tn + fp);
	}

	/** Positive predictive value: tp / (tp + fp). */
	public Estimate ppv() {
		return Proportions.wilson(tp, tp + fp);
	}

	/** Negative predictive value: tn / (tn + fn). */
	public Estimate npv() {
		return Proportions.wilson(tn, tn + fn);
	}

}
