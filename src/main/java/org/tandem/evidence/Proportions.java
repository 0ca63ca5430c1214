package org.tandem.evidence;

/**
 * Proportions with Wilson score intervals: unlike the normal (Wald) interval, Wilson's
 * stays within [0, 1] and keeps its coverage near 0 and 1, where sensitivities of a good
 * instrument live. It is R's {@code prop.test(x, n, correct = FALSE)$conf.int}.
 */
final class Proportions {

	private Proportions() {
	}

	static Estimate wilson(long successes, long total) {
		if (total <= 0) {
			return Estimate.UNDEFINED;
		}
		double n = total;
		double p = successes / n;
		double z = Estimate.Z95;
		double z2 = z * z;
		double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
		double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
		return new Estimate(p, Math.max(0, centre - half), Math.min(1, centre + half));
	}

}
