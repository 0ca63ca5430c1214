package org.tandem.evidence;

/**
 * Cronbach's raw alpha of items answered in points, and alpha with each item dropped.
 *
 * <p>
 * Items answered "not enough information" are missing ({@code NaN}) and excluded
 * item-wise: each covariance is taken over the screenings that answered both of its items
 * (pairwise deletion), each variance over those that answered its item. Alpha is
 * {@code k/(k-1) * (1 - trace(C)/sum(C))} of that covariance matrix {@code C}, and alpha
 * with item i dropped is the same of {@code C} without row and column i: R's
 * {@code psych::alpha} ({@code raw_alpha}, {@code alpha.drop}) with its default
 * {@code use = "pairwise"}. As psych, an item nobody answered differently (no variance)
 * is left out of both.
 */
public final class CronbachAlpha {

	private final double[][] covariance;

	private CronbachAlpha(double[][] covariance) {
		this.covariance = covariance;
	}

	/** Alpha of {@code rows[screening][item]}; {@code NaN} marks a missing answer. */
	public static CronbachAlpha of(double[][] rows, int items) {
		double[][] c = new double[items][items];
		for (int i = 0; i < items; i++) {
			for (int j = i; j < items; j++) {
				c[i][j] = covariance(rows, i, j);
				c[j][i] = c[i][j];
			}
		}
		return new CronbachAlpha(c);
	}

	public int items() {
		return covariance.length;
	}

	/** Raw alpha; {@code null} with fewer than two items or an undefined covariance. */
	public Double alpha() {
		return alphaWithout(-1);
	}

	/**
	 * Alpha of the other items when item {@code dropped} is left out; {@code null} for an
	 * item left out already, or when fewer than two items would remain.
	 */
	public Double alphaWithout(int dropped) {
		if (dropped >= 0 && !varies(dropped)) {
			return null;
		}
		int k = 0;
		double trace = 0;
		double sum = 0;
		for (int i = 0; i < items(); i++) {
			if (i == dropped || !varies(i)) {
				continue;
			}
			k++;
			trace += covariance[i][i];
			for (int j = 0; j < items(); j++) {
				if (j != dropped && varies(j)) {
					sum += covariance[i][j];
				}
			}
		}
		if (k < 2) {
			return null;
		}
		double alpha = (1 - trace / sum) * k / (k - 1);
		return Double.isFinite(alpha) ? alpha : null;
	}

	private boolean varies(int item) {
		return covariance[item][item] > 0;
	}

	/**
	 * The covariance of items i and j over the rows answering both (denominator n - 1).
	 */
	private static double covariance(double[][] rows, int i, int j) {
		long n = 0;
		double sumI = 0;
		double sumJ = 0;
		for (double[] row : rows) {
			if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
				n++;
				sumI += row[i];
				sumJ += row[j];
			}
		}
		if (n < 2) {
			return Double.NaN;
		}
		double meanI = sumI / n;
		double meanJ = sumJ / n;
		double products = 0;
		for (double[] row : rows) {
			if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
				products += (row[i] - meanI) * (row[j] - meanJ);
			}
		}
		return products / (n - 1);
	}

}
