package org.tandem.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ROC curve and its area for scores of positives (cases) and negatives (controls),
 * where a higher score means more concern, as pROC's {@code direction = "<"}.
 *
 * <p>
 * Points: one per distinct observed score {@code t} (called positive: score &ge; t), from
 * the lowest (everything positive: sensitivity 1, specificity 0) up, and a last point
 * above every score ({@code threshold} is positive infinity: nothing positive). These are
 * pROC's {@code coords(roc, "all")}, whose thresholds are the midpoints between
 * neighbouring scores.
 *
 * <p>
 * AUC: the Mann–Whitney statistic, the share of (positive, negative) pairs in which the
 * positive scores higher, a tie counting half. Its 95% interval is DeLong's (1988):
 * variance {@code var(V10)/m + var(V01)/n} from the placement values, normal quantiles,
 * clipped to [0, 1], as pROC's {@code ci.auc(method = "delong")}.
 */
public final class Roc {

	private final double[] positives;

	private final double[] negatives;

	private Roc(double[] positives, double[] negatives) {
		this.positives = positives.clone();
		this.negatives = negatives.clone();
		Arrays.sort(this.positives);
		Arrays.sort(this.negatives);
	}

	public static Roc of(double[] positives, double[] negatives) {
		return new Roc(positives, negatives);
	}

	public int positives() {
		return positives.length;
	}

	public int negatives() {
		return negatives.length;
	}

	/** The counts at every distinct score and above the highest, thresholds ascending. */
	public List<ConfusionCounts> points() {
		double[] thresholds = distinct();
		List<ConfusionCounts> points = new ArrayList<>(thresholds.length + 1);
		for (double t : thresholds) {
			points.add(at(t));
		}
		points.add(new ConfusionCounts(Double.POSITIVE_INFINITY, 0, 0, negatives.length, positives.length));
		return points;
	}

	/** The table at one cut-off: score &ge; threshold is called positive. */
	public ConfusionCounts at(double threshold) {
		long tp = positives.length - lowerBound(positives, threshold);
		long fp = negatives.length - lowerBound(negatives, threshold);
		return new ConfusionCounts(threshold, tp, fp, negatives.length - fp, positives.length - tp);
	}

	/** AUC with DeLong's 95% interval; undefined without positives or negatives. */
	public Estimate auc() {
		int m = positives.length;
		int n = negatives.length;
		if (m == 0 || n == 0) {
			return Estimate.UNDEFINED;
		}
		double[] v10 = new double[m];
		double[] v01 = new double[n];
		double sum = 0;
		for (int i = 0; i < m; i++) {
			v10[i] = placement(negatives, positives[i], true) / n;
			sum += v10[i];
		}
		for (int j = 0; j < n; j++) {
			v01[j] = placement(positives, negatives[j], false) / m;
		}
		double auc = sum / m;
		if (m < 2 || n < 2) {
			return new Estimate(auc, null, null);
		}
		double variance = sampleVariance(v10, auc) / m + sampleVariance(v01, auc) / n;
		double half = Estimate.Z95 * Math.sqrt(variance);
		return new Estimate(auc, Math.max(0, auc - half), Math.min(1, auc + half));
	}

	/**
	 * How many of {@code others} {@code score} beats, ties counting half: others below it
	 * when it is a positive's score, others above it when a negative's.
	 */
	private static double placement(double[] others, double score, boolean above) {
		int below = lowerBound(others, score);
		int notAbove = upperBound(others, score);
		double ties = notAbove - below;
		return (above ? below : others.length - notAbove) + ties / 2;
	}

	private static double sampleVariance(double[] values, double mean) {
		double sum = 0;
		for (double v : values) {
			sum += (v - mean) * (v - mean);
		}
		return sum / (values.length - 1);
	}

	private double[] distinct() {
		double[] all = new double[positives.length + negatives.length];
		System.arraycopy(positives, 0, all, 0, positives.length);
		System.arraycopy(negatives, 0, all, positives.length, negatives.length);
		return Arrays.stream(all).sorted().distinct().toArray();
	}

	/** The first index whose value is not below {@code key}. */
	private static int lowerBound(double[] sorted, double key) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] < key) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/** The first index whose value is above {@code key}. */
	private static int upperBound(double[] sorted, double key) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] <= key) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
