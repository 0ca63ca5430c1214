package org.tandem.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.evidence.ValidationRecords.ScreeningRow;
import org.tandem.evidence.ValidationReport.AlphaReport;
import org.tandem.evidence.ValidationReport.Cutoff;
import org.tandem.evidence.ValidationReport.Group;
import org.tandem.evidence.ValidationReport.RocPoint;
import org.tandem.instrument.Instrument;
import org.tandem.instrument.InstrumentDefinition.Level;

/**
 * The statistics of one set of paired screenings: ROC, AUC and a cut-off table at every
 * total score from 0 to the instrument's highest, with the levels' thresholds marked.
 */
final class Tables {

	private final Instrument instrument;

	private final int highestScore;

	private final int smallestCell;

	private final Map<Integer, String> levelStarts = new LinkedHashMap<>();

	Tables(Instrument instrument, int smallestCell) {
		this.instrument = instrument;
		this.smallestCell = smallestCell;
		this.highestScore = instrument.score(Map.of()).highestScore();
		for (Level level : instrument.definition().scoring().levels()) {
			levelStarts.put(level.from(), level.id());
		}
	}

	record Result(boolean suppressed, Integer n, Integer positives, Integer negatives, Integer excluded, Double auc,
			List<Double> aucCi95, List<RocPoint> roc, List<Cutoff> cutoffs) {

		Group asGroup(GroupBy by, String group) {
			return new Group(by, group, suppressed, n, positives, negatives, auc, aucCi95, cutoffs);
		}

	}

	Result of(List<Validations.Paired> paired) {
		double[] positives = scores(paired, ReferenceOutcome.POSITIVE);
		double[] negatives = scores(paired, ReferenceOutcome.NEGATIVE);
		int excluded = paired.size() - positives.length - negatives.length;
		if (positives.length < smallestCell || negatives.length < smallestCell) {
			return new Result(true, null, null, null, null, null, null, null, null);
		}
		Roc roc = Roc.of(positives, negatives);
		Estimate auc = roc.auc();
		List<RocPoint> points = roc.points()
			.stream()
			.map(c -> new RocPoint(Double.isInfinite(c.threshold()) ? null : (int) c.threshold(),
					c.sensitivity().value(), c.specificity().value()))
			.toList();
		List<Cutoff> cutoffs = new ArrayList<>();
		for (int score = 0; score <= highestScore; score++) {
			cutoffs.add(cutoff(roc.at(score), levelStarts.get(score)));
		}
		return new Result(false, positives.length + negatives.length, positives.length, negatives.length, excluded,
				auc.value(), interval(auc), points, cutoffs);
	}

	/**
	 * Alpha of the counted screenings' item points; suppressed below the smallest cell.
	 */
	AlphaReport alpha(List<ScreeningRow> rows) {
		if (rows.size() < smallestCell) {
			return new AlphaReport(true, null, null, null);
		}
		ItemPoints points = new ItemPoints(instrument);
		double[][] all = rows.stream().map(row -> points.row(row.answers())).toArray(double[][]::new);
		CronbachAlpha overall = CronbachAlpha.of(all, points.items().size());
		Map<String, Double> byIndicator = new LinkedHashMap<>();
		points.byIndicator().forEach((indicator, columns) -> {
			double[][] part = new double[all.length][];
			for (int r = 0; r < all.length; r++) {
				double[] row = all[r];
				part[r] = columns.stream().mapToDouble(c -> row[c]).toArray();
			}
			byIndicator.put(indicator, CronbachAlpha.of(part, columns.size()).alpha());
		});
		Map<String, Double> ifDropped = new LinkedHashMap<>();
		for (int i = 0; i < points.items().size(); i++) {
			ifDropped.put(points.items().get(i).id(), overall.alphaWithout(i));
		}
		return new AlphaReport(false, overall.alpha(), byIndicator, ifDropped);
	}

	private static Cutoff cutoff(ConfusionCounts c, String level) {
		Estimate sensitivity = c.sensitivity();
		Estimate specificity = c.specificity();
		Estimate ppv = c.ppv();
		Estimate npv = c.npv();
		return new Cutoff((int) c.threshold(), level, c.tp(), c.fp(), c.tn(), c.fn(), sensitivity.value(),
				interval(sensitivity), specificity.value(), interval(specificity), ppv.value(), interval(ppv),
				npv.value(), interval(npv));
	}

	private static List<Double> interval(Estimate estimate) {
		return estimate.lower() == null ? null : List.of(estimate.lower(), estimate.upper());
	}

	private static double[] scores(List<Validations.Paired> paired, ReferenceOutcome outcome) {
		return paired.stream().filter(p -> p.outcome() == outcome).mapToDouble(p -> p.screening().score()).toArray();
	}

}
