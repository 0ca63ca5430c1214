package org.tandem.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tandem.definition.DefinitionProblem;
import org.tandem.instrument.InstrumentDefinition.Indicator;
import org.tandem.instrument.InstrumentDefinition.Item;
import org.tandem.instrument.InstrumentDefinition.Option;
import org.tandem.instrument.InstrumentDefinition.Range;
import org.tandem.instrument.InstrumentDefinition.Scale;

/** The rules of a definition that the schema cannot state. */
final class InstrumentRules {

	/** The highest score a definition may reach. */
	static final long HIGHEST_SCORE = 1_000_000;

	private InstrumentRules() {
	}

	static List<DefinitionProblem> check(InstrumentDefinition definition) {
		List<DefinitionProblem> problems = new ArrayList<>();
		if (definition.ageRange().min() > definition.ageRange().max()) {
			problems.add(new DefinitionProblem("$.ageRange.min", "is above ageRange.max"));
		}
		Map<String, Scale> scales = new HashMap<>();
		for (int s = 0; s < definition.scales().size(); s++) {
			Scale scale = definition.scales().get(s);
			String at = "$.scales[" + s + "]";
			if (scales.putIfAbsent(scale.id(), scale) != null) {
				problems.add(new DefinitionProblem(at + ".id", "repeats the scale id '" + scale.id() + "'"));
			}
			checkScale(scale, at, problems);
		}
		Set<String> indicatorIds = new HashSet<>();
		Set<String> itemIds = new HashSet<>();
		for (int i = 0; i < definition.indicators().size(); i++) {
			Indicator indicator = definition.indicators().get(i);
			String at = "$.indicators[" + i + "]";
			if (!indicatorIds.add(indicator.id())) {
				problems.add(new DefinitionProblem(at + ".id", "repeats the indicator id '" + indicator.id() + "'"));
			}
			for (int j = 0; j < indicator.items().size(); j++) {
				Item item = indicator.items().get(j);
				String itemAt = at + ".items[" + j + "]";
				if (!itemIds.add(item.id())) {
					problems.add(new DefinitionProblem(itemAt + ".id", "repeats the item id '" + item.id() + "'"));
				}
				if (!scales.containsKey(item.scale())) {
					problems.add(
							new DefinitionProblem(itemAt + ".scale", "names the unknown scale '" + item.scale() + "'"));
				}
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		var scoring = definition.scoring();
		Set<String> levelIds = new HashSet<>();
		for (int l = 0; l < scoring.levels().size(); l++) {
			if (!levelIds.add(scoring.levels().get(l).id())) {
				problems.add(new DefinitionProblem("$.scoring.levels[" + l + "].id",
						"repeats the level id '" + scoring.levels().get(l).id() + "'"));
			}
		}
		Instrument.Bounds bounds = Instrument.bounds(definition);
		if (bounds.highestOverallScore() > HIGHEST_SCORE || bounds.highestIndicatorScore() > HIGHEST_SCORE) {
			// Every term is non-negative, so below this cap no sum in scoring can
			// overflow.
			problems.add(new DefinitionProblem("$.scoring",
					"the highest possible score is "
							+ Math.max(bounds.highestOverallScore(), bounds.highestIndicatorScore())
							+ ", above the limit of " + HIGHEST_SCORE + "; use lower points or weights"));
			return problems;
		}
		if (scoring.indicatorBands() != null) {
			checkPartition(scoring.indicatorBands(), bounds.highestIndicatorScore(), "$.scoring.indicatorBands",
					"indicator score", problems);
		}
		checkPartition(scoring.levels(), bounds.highestOverallScore(), "$.scoring.levels", "overall score", problems);
		return problems;
	}

	private static void checkScale(Scale scale, String at, List<DefinitionProblem> problems) {
		Set<String> values = new HashSet<>();
		int notEnough = 0;
		int highest = 0;
		for (int o = 0; o < scale.options().size(); o++) {
			Option option = scale.options().get(o);
			String optionAt = at + ".options[" + o + "]";
			if (!values.add(option.value())) {
				problems.add(new DefinitionProblem(optionAt + ".value", "repeats the value '" + option.value() + "'"));
			}
			if (option.isNotEnoughInformation()) {
				notEnough++;
				if (option.points() != null) {
					problems
						.add(new DefinitionProblem(optionAt + ".points", "'not enough information' scores no points"));
				}
			}
			else if (option.points() == null) {
				problems.add(new DefinitionProblem(optionAt + ".points", "is required for an answer that is scored"));
			}
			else {
				highest = Math.max(highest, option.points());
			}
		}
		if (notEnough > 1) {
			problems.add(new DefinitionProblem(at + ".options", "has more than one 'not enough information' option"));
		}
		if (scale.actionableFrom() != null && scale.actionableFrom() > highest) {
			problems.add(new DefinitionProblem(at + ".actionableFrom",
					"is above the scale's highest points (" + highest + ")"));
		}
	}

	/**
	 * Ranges must start at 0, follow each other without gap or overlap, and reach the
	 * highest score.
	 */
	private static void checkPartition(List<? extends Range> ranges, long highest, String at, String what,
			List<DefinitionProblem> problems) {
		int expectedFrom = 0;
		for (int r = 0; r < ranges.size(); r++) {
			Range range = ranges.get(r);
			String rangeAt = at + "[" + r + "]";
			if (range.from() != expectedFrom) {
				problems.add(new DefinitionProblem(rangeAt + ".from",
						range.from() > expectedFrom
								? "leaves a gap: scores " + expectedFrom + " to " + (range.from() - 1)
										+ " belong to no range"
								: "overlaps the range before: score " + range.from() + " would belong to both"));
			}
			boolean last = r == ranges.size() - 1;
			if (range.to() == null) {
				if (!last) {
					problems.add(new DefinitionProblem(rangeAt + ".to", "is required on every range but the last"));
					return;
				}
				return;
			}
			if (range.to() < range.from()) {
				problems.add(new DefinitionProblem(rangeAt + ".to", "is below its from (" + range.from() + ")"));
			}
			expectedFrom = range.to() + 1;
			if (last && range.to() < highest) {
				problems.add(new DefinitionProblem(rangeAt + ".to", "stops at " + range.to()
						+ " but the highest possible " + what + " is " + highest + "; extend it or leave 'to' out"));
			}
		}
	}

}
