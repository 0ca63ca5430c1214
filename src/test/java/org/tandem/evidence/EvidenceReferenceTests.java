package org.tandem.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The statistics agree with R to 1e-9 on the fixtures of
 * {@code src/test/resources/evidence}: pROC's {@code auc},
 * {@code ci.auc(method = "delong")} and {@code coords}, psych's {@code alpha} and
 * {@code cohen.kappa}, and {@code prop.test}'s Wilson interval. The values were computed
 * by {@code reference-values.R} beside the fixtures and are read from its committed
 * output, so the suite does not need R.
 */
class EvidenceReferenceTests {

	private static final double TOLERANCE = 1e-9;

	private static final Map<String, Double> R = reference();

	@ParameterizedTest
	@ValueSource(strings = { "roc-ties", "roc-perfect", "roc-no-positives", "roc-mixed", "roc-reversed" })
	void aucAndItsDeLongIntervalMatchPRoc(String name) {
		Roc roc = roc(name);
		assertThat((double) roc.positives()).isEqualTo(R.get(name + ".positives"));
		assertThat((double) roc.negatives()).isEqualTo(R.get(name + ".negatives"));
		Estimate auc = roc.auc();
		if (R.get(name + ".auc") == null) {
			assertThat(auc.defined()).isFalse();
			return;
		}
		assertClose(auc.value(), name + ".auc");
		assertClose(auc.lower(), name + ".auc.lower");
		assertClose(auc.upper(), name + ".auc.upper");
	}

	@ParameterizedTest
	@ValueSource(strings = { "roc-ties", "roc-perfect", "roc-mixed", "roc-reversed" })
	void rocPointsMatchPRocCoords(String name) {
		List<ConfusionCounts> points = roc(name).points();
		assertThat((double) points.size()).isEqualTo(R.get(name + ".roc.points"));
		for (int i = 0; i < points.size(); i++) {
			assertClose(points.get(i).sensitivity().value(), name + ".roc." + (i + 1) + ".sensitivity");
			assertClose(points.get(i).specificity().value(), name + ".roc." + (i + 1) + ".specificity");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "roc-ties", "roc-perfect", "roc-no-positives", "roc-mixed", "roc-reversed" })
	void cutOffTablesAndWilsonIntervalsMatchR(String name) {
		Roc roc = roc(name);
		List<ConfusionCounts> points = roc.points();
		int checked = 0;
		for (ConfusionCounts c : points.subList(0, points.size() - 1)) {
			String key = name + ".cutoff." + format(c.threshold());
			assertThat((double) c.tp()).as(key).isEqualTo(R.get(key + ".tp"));
			assertThat((double) c.fp()).as(key).isEqualTo(R.get(key + ".fp"));
			assertThat((double) c.tn()).as(key).isEqualTo(R.get(key + ".tn"));
			assertThat((double) c.fn()).as(key).isEqualTo(R.get(key + ".fn"));
			assertEstimate(c.sensitivity(), key + ".sensitivity");
			assertEstimate(c.specificity(), key + ".specificity");
			assertEstimate(c.ppv(), key + ".ppv");
			assertEstimate(c.npv(), key + ".npv");
			checked++;
		}
		assertThat(checked).isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { "alpha-complete", "alpha-missing" })
	void alphaOverallPerIndicatorAndIfDroppedMatchPsych(String name) {
		List<String> lines = lines(name + ".csv");
		String[] header = lines.get(0).split(",");
		Map<String, List<Integer>> groups = new HashMap<>();
		groups.put("overall", new ArrayList<>());
		for (int c = 0; c < header.length; c++) {
			groups.get("overall").add(c);
			groups.computeIfAbsent(header[c].substring(0, 1), g -> new ArrayList<>()).add(c);
		}
		double[][] all = lines.subList(1, lines.size())
			.stream()
			.map(line -> Arrays.stream(line.split(","))
				.mapToDouble(v -> "NA".equals(v) ? Double.NaN : Double.parseDouble(v))
				.toArray())
			.toArray(double[][]::new);
		assertThat(groups).containsKeys("A", "B");
		groups.forEach((group, columns) -> {
			double[][] rows = Arrays.stream(all)
				.map(row -> columns.stream().mapToDouble(c -> row[c]).toArray())
				.toArray(double[][]::new);
			CronbachAlpha alpha = CronbachAlpha.of(rows, columns.size());
			assertClose(alpha.alpha(), name + "." + group + ".alpha");
			for (int i = 0; i < columns.size(); i++) {
				assertClose(alpha.alphaWithout(i), name + "." + group + ".drop." + header[columns.get(i)]);
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "kappa-ordinal", "kappa-close" })
	void kappaMatchesPsychAndTheWeightedIntervalFleissCohenEveritt(String name) {
		Kappa kappa = kappa(name);
		assertThat((double) kappa.pairs()).isEqualTo(R.get(name + ".pairs"));
		assertClose(kappa.unweighted().value(), name + ".kappa");
		assertClose(kappa.unweighted().lower(), name + ".kappa.lower");
		assertClose(kappa.unweighted().upper(), name + ".kappa.upper");
		assertClose(kappa.quadraticallyWeighted().value(), name + ".weighted");
		assertClose(kappa.quadraticallyWeighted().lower(), name + ".weighted.lower");
		assertClose(kappa.quadraticallyWeighted().upper(), name + ".weighted.upper");
	}

	/**
	 * The weighted interval's reference formula (in reference-values.R) is psych's own
	 * variance when the weights are the identity: it departs from psych only where psych
	 * takes the wrong margin.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "kappa-ordinal", "kappa-close" })
	void theWeightedVarianceFormulaIsPsychsWithIdentityWeights(String name) {
		assertClose(R.get(name + ".psych.kappa.variance"), name + ".identity.variance");
	}

	static Roc roc(String name) {
		List<Double> positives = new ArrayList<>();
		List<Double> negatives = new ArrayList<>();
		for (String line : lines(name + ".csv").subList(1, lines(name + ".csv").size())) {
			String[] cells = line.split(",");
			("1".equals(cells[1]) ? positives : negatives).add(Double.parseDouble(cells[0]));
		}
		return Roc.of(positives.stream().mapToDouble(Double::doubleValue).toArray(),
				negatives.stream().mapToDouble(Double::doubleValue).toArray());
	}

	/** As psych: the categories are the levels either rater used, in order. */
	static Kappa kappa(String name) {
		List<int[]> pairs = lines(name + ".csv").stream()
			.skip(1)
			.map(line -> Arrays.stream(line.split(",")).mapToInt(Integer::parseInt).toArray())
			.toList();
		int[] levels = pairs.stream().flatMapToInt(Arrays::stream).distinct().sorted().toArray();
		int[] first = pairs.stream().mapToInt(p -> Arrays.binarySearch(levels, p[0])).toArray();
		int[] second = pairs.stream().mapToInt(p -> Arrays.binarySearch(levels, p[1])).toArray();
		return Kappa.of(first, second, levels.length);
	}

	/** A score as R prints it in a key: integers without a decimal point. */
	private static String format(double score) {
		return score == Math.rint(score) ? String.valueOf((long) score) : String.valueOf(score);
	}

	private static void assertEstimate(Estimate estimate, String key) {
		assertClose(estimate.value(), key + ".value");
		assertClose(estimate.lower(), key + ".lower");
		assertClose(estimate.upper(), key + ".upper");
	}

	private static void assertClose(Double actual, String key) {
		assertThat(R).as(key).containsKey(key);
		Double expected = R.get(key);
		if (expected == null) {
			assertThat(actual).as(key).isNull();
		}
		else {
			assertThat(actual).as(key).isNotNull().isCloseTo(expected, within(TOLERANCE));
		}
	}

	private static Map<String, Double> reference() {
		Map<String, Double> values = new HashMap<>();
		for (String line : lines("reference-values.txt")) {
			String[] parts = line.trim().split(" ");
			values.put(parts[0], "NA".equals(parts[1]) ? null : Double.parseDouble(parts[1]));
		}
		return values;
	}

	private static List<String> lines(String file) {
		try (InputStream in = EvidenceReferenceTests.class.getResourceAsStream("/evidence/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
