package org.tandem.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.tandem.platform.SeededProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties of the validation statistics on generated data: the AUC of a reversed score
 * is 1 - AUC (and its interval mirrors), raters who always agree have kappa 1, and alpha
 * does not depend on the order of the items.
 *
 * <p>
 * Generation is seeded as in {@code instrument.ScoringPropertiesTests}: a failure names
 * the seed of the failing try; {@code -Dtandem.properties.seed=N} replays it or explores
 * other seeds and {@code -Dtandem.properties.tries=N} changes the number of tries.
 */
class StatisticsPropertiesTests {

	private static final int TRIES = Integer.getInteger("tandem.properties.tries", 300);

	private static final double TOLERANCE = 1e-12;

	@Test
	void theAucOfAReversedScoreIsOneMinusTheAuc() {
		forAll("reversed score", random -> new double[][] { scores(random, 1 + random.nextInt(40)),
				scores(random, 1 + random.nextInt(40)) }, sample -> {
					Estimate auc = Roc.of(sample[0], sample[1]).auc();
					Estimate reversed = Roc.of(negated(sample[0]), negated(sample[1])).auc();
					assertThat(reversed.value()).isCloseTo(1 - auc.value(), within(TOLERANCE));
					if (auc.lower() != null) {
						assertThat(reversed.lower()).isCloseTo(1 - auc.upper(), within(TOLERANCE));
						assertThat(reversed.upper()).isCloseTo(1 - auc.lower(), within(TOLERANCE));
					}
				});
	}

	@Test
	void ratersWhoAlwaysAgreeHaveKappaOne() {
		forAll("identical raters", random -> {
			int categories = 2 + random.nextInt(4);
			int[] ratings = random.ints(1 + random.nextInt(60), 0, categories).toArray();
			ratings[0] = 0;
			ratings[ratings.length > 1 ? 1 : 0] = ratings.length > 1 ? categories - 1 : 0;
			return new int[][] { ratings, { categories } };
		}, sample -> {
			Kappa kappa = Kappa.of(sample[0], sample[0].clone(), sample[1][0]);
			boolean twoCategoriesUsed = Arrays.stream(sample[0]).distinct().count() > 1;
			if (twoCategoriesUsed) {
				assertThat(kappa.unweighted().value()).isCloseTo(1, within(TOLERANCE));
				assertThat(kappa.quadraticallyWeighted().value()).isCloseTo(1, within(TOLERANCE));
			}
		});
	}

	@Test
	void alphaDoesNotDependOnTheOrderOfTheItems() {
		forAll("item order", random -> {
			int items = 2 + random.nextInt(7);
			double[][] rows = new double[5 + random.nextInt(40)][items];
			for (double[] row : rows) {
				double trait = random.nextDouble() * 3;
				for (int i = 0; i < items; i++) {
					row[i] = random.nextDouble() < 0.15 ? Double.NaN
							: Math.min(2, Math.floor(trait + random.nextDouble() * 1.5 - 0.5));
				}
			}
			return rows;
		}, rows -> {
			int items = rows[0].length;
			int[] order = new SplittableRandom(rows.length * 31L + items).ints(0, 1000).limit(items).toArray();
			Integer[] permutation = new Integer[items];
			for (int i = 0; i < items; i++) {
				permutation[i] = i;
			}
			Arrays.sort(permutation, (a, b) -> Integer.compare(order[a], order[b]));
			double[][] permuted = Arrays.stream(rows)
				.map(row -> Arrays.stream(permutation).mapToDouble(i -> row[i]).toArray())
				.toArray(double[][]::new);
			CronbachAlpha alpha = CronbachAlpha.of(rows, items);
			CronbachAlpha alphaPermuted = CronbachAlpha.of(permuted, items);
			assertSame(alphaPermuted.alpha(), alpha.alpha());
			for (int i = 0; i < items; i++) {
				assertSame(alphaPermuted.alphaWithout(i), alpha.alphaWithout(permutation[i]));
			}
		});
	}

	private static void assertSame(Double actual, Double expected) {
		if (expected == null) {
			assertThat(actual).isNull();
		}
		else {
			assertThat(actual).isCloseTo(expected, within(TOLERANCE));
		}
	}

	/** Integer scores with many ties, as an instrument's total scores are. */
	private static double[] scores(SplittableRandom random, int n) {
		int highest = 1 + random.nextInt(20);
		return random.ints(n, 0, highest + 1).asDoubleStream().toArray();
	}

	private static double[] negated(double[] scores) {
		return Arrays.stream(scores).map(s -> -s).toArray();
	}

	/** Each property on 300 generated values, with the project's seeded harness. */
	private static <T> void forAll(String name, Function<SplittableRandom, T> generator, Consumer<T> property) {
		SeededProperties.forAll(name, TRIES, generator, property, value -> List.of());
	}

}
