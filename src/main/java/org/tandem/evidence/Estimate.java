package org.tandem.evidence;

/**
 * A statistic with its 95% confidence interval. Every part is {@code null} when the
 * statistic is undefined (a proportion of nothing, an AUC without positives).
 */
public record Estimate(Double value, Double lower, Double upper) {

	static final Estimate UNDEFINED = new Estimate(null, null, null);

	/** The normal quantile for a two-sided 95% interval, as R's {@code qnorm(0.975)}. */
	static final double Z95 = 1.959963984540054;

	public boolean defined() {
		return value != null;
	}

}
