package org.tandem.evidence;

/**
 * Agreement of two raters on ordered categories: Cohen's kappa, and kappa weighted
 * quadratically ({@code 1 - (i - j)^2 / (k - 1)^2}), each with a 95% interval from the
 * large-sample variance of Fleiss, Cohen and Everitt (1969), clipped to [-1, 1].
 *
 * <p>
 * Both estimates and the unweighted interval are R's {@code psych::cohen.kappa} (given
 * the same categories: psych takes the levels either rater used, Tandem the levels of the
 * instrument). The weighted interval follows Fleiss, Cohen and Everitt, with the weights'
 * row and column means taken over the other rater's margin; psych 2.2.9 multiplies each
 * weight by its own row's margin there, which can make its variance negative (it then
 * reports a zero-width interval). With identity weights the two formulas agree.
 */
public final class Kappa {

	private final double[][] table;

	private final long pairs;

	private Kappa(double[][] table, long pairs) {
		this.table = table;
		this.pairs = pairs;
	}

	/**
	 * Agreement of {@code first[i]} and {@code second[i]}, category indexes in
	 * {@code [0, categories)} in their order.
	 */
	public static Kappa of(int[] first, int[] second, int categories) {
		if (first.length != second.length) {
			throw new IllegalArgumentException("Both raters rate the same pairs");
		}
		double[][] table = new double[categories][categories];
		for (int i = 0; i < first.length; i++) {
			table[first[i]][second[i]]++;
		}
		for (double[] row : table) {
			for (int j = 0; j < row.length; j++) {
				row[j] /= first.length;
			}
		}
		return new Kappa(table, first.length);
	}

	public long pairs() {
		return pairs;
	}

	/** Cohen's kappa; undefined without pairs or with a single category. */
	public Estimate unweighted() {
		int k = table.length;
		double[][] identity = new double[k][k];
		for (int i = 0; i < k; i++) {
			identity[i][i] = 1;
		}
		return estimate(identity);
	}

	/** Kappa with quadratic weights. */
	public Estimate quadraticallyWeighted() {
		int k = table.length;
		double[][] w = new double[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				w[i][j] = k == 1 ? 1 : 1 - (double) (i - j) * (i - j) / ((k - 1) * (k - 1));
			}
		}
		return estimate(w);
	}

	private Estimate estimate(double[][] w) {
		int k = table.length;
		if (pairs == 0 || k < 2) {
			return Estimate.UNDEFINED;
		}
		double[] rows = new double[k];
		double[] cols = new double[k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				rows[i] += table[i][j];
				cols[j] += table[i][j];
			}
		}
		double observed = 0;
		double expected = 0;
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				observed += w[i][j] * table[i][j];
				expected += w[i][j] * rows[i] * cols[j];
			}
		}
		double kappa = (observed - expected) / (1 - expected);
		if (!Double.isFinite(kappa)) {
			return Estimate.UNDEFINED;
		}
		double variance = variance(w, rows, cols, observed, expected);
		double half = Estimate.Z95 * Math.sqrt(variance);
		return new Estimate(kappa, Math.max(-1, kappa - half), Math.min(1, kappa + half));
	}

	/**
	 * Fleiss, Cohen and Everitt's variance; 0 where rounding makes it negative, as psych.
	 */
	private double variance(double[][] w, double[] rows, double[] cols, double po, double pe) {
		int k = table.length;
		double[] rowMeans = new double[k];
		double[] colMeans = new double[k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				rowMeans[i] += w[i][j] * cols[j];
				colMeans[j] += w[i][j] * rows[i];
			}
		}
		double sum = 0;
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				double term = w[i][j] * (1 - pe) - (rowMeans[i] + colMeans[j]) * (1 - po);
				sum += table[i][j] * term * term;
			}
		}
		double last = po * pe - 2 * pe + po;
		double variance = (sum - last * last) / (pairs * Math.pow(1 - pe, 4));
		return Double.isFinite(variance) && variance > 0 ? variance : 0;
	}

}
