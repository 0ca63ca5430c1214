package org.tandem.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tandem.instrument.InstrumentDefinition.Band;
import org.tandem.instrument.InstrumentDefinition.Combine;
import org.tandem.instrument.InstrumentDefinition.Indicator;
import org.tandem.instrument.InstrumentDefinition.Item;
import org.tandem.instrument.InstrumentDefinition.Level;
import org.tandem.instrument.InstrumentDefinition.Option;
import org.tandem.instrument.InstrumentDefinition.Scale;
import org.tandem.definition.Versioned;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * A loaded, valid instrument version, compiled for scoring: answers are looked up by item
 * id and scored without any allocation but the result. Immutable and safe to share
 * between threads.
 */
public final class Instrument implements Versioned {

	private static final int NOT_ENOUGH_INFORMATION = -1;

	private final InstrumentDefinition definition;

	private final Map<String, Item> items = new HashMap<>();

	private final Map<String, Map<String, Integer>> pointsByScale = new HashMap<>();

	private final Map<String, Scale> scales = new HashMap<>();

	private final Map<String, Integer> highestByScale = new HashMap<>();

	private final int highestScore;

	private final List<String> requiredItems;

	Instrument(InstrumentDefinition definition) {
		this.definition = definition;
		for (Scale scale : definition.scales()) {
			Map<String, Integer> points = new HashMap<>();
			int highest = 0;
			for (Option option : scale.options()) {
				points.put(option.value(), option.isNotEnoughInformation() ? NOT_ENOUGH_INFORMATION : option.points());
				highest = option.isNotEnoughInformation() ? highest : Math.max(highest, option.points());
			}
			pointsByScale.put(scale.id(), points);
			highestByScale.put(scale.id(), highest);
			scales.put(scale.id(), scale);
		}
		definition.indicators().forEach(indicator -> indicator.items().forEach(item -> items.put(item.id(), item)));
		this.requiredItems = items.values().stream().filter(Item::isRequired).map(Item::id).sorted().toList();
		this.highestScore = (int) bounds(definition).highestOverallScore();
	}

	public InstrumentDefinition definition() {
		return definition;
	}

	public String id() {
		return definition.id();
	}

	public int version() {
		return definition.version();
	}

	public int scoringVersion() {
		return definition.scoring().version();
	}

	public boolean hasItem(String itemId) {
		return items.containsKey(itemId);
	}

	public Item item(String itemId) {
		return items.get(itemId);
	}

	public Scale scaleOf(Item item) {
		return scales.get(item.scale());
	}

	/** Whether the value is one of the item's answers. */
	public boolean accepts(String itemId, String value) {
		Item item = items.get(itemId);
		return item != null && value != null && pointsByScale.get(item.scale()).containsKey(value);
	}

	public int itemCount() {
		return items.size();
	}

	/**
	 * Refuses answers to items this version does not have and values outside an item's
	 * scale and, when {@code complete}, required items left unanswered: one problem per
	 * field, all at once.
	 */
	public void requireValid(Map<String, String> answers, boolean complete) {
		List<TandemException.FieldError> errors = new ArrayList<>();
		for (var answer : answers.entrySet()) {
			if (!items.containsKey(answer.getKey())) {
				errors.add(TandemException.FieldError.of("answers." + answer.getKey(), ErrorCode.UNKNOWN_ITEM,
						answer.getKey()));
			}
			else if (!accepts(answer.getKey(), answer.getValue())) {
				errors.add(TandemException.FieldError.of("answers." + answer.getKey(), ErrorCode.ANSWER_OUTSIDE_SCALE,
						answer.getKey(), answer.getValue()));
			}
		}
		if (errors.isEmpty() && complete) {
			for (String id : requiredItems) {
				if (answers.get(id) == null) {
					errors.add(TandemException.FieldError.of("answers." + id, ErrorCode.REQUIRED_ITEMS_MISSING, 1));
				}
			}
			if (!errors.isEmpty()) {
				throw TandemException.onFields(ErrorCode.REQUIRED_ITEMS_MISSING, errors, errors.size());
			}
		}
		if (!errors.isEmpty()) {
			throw TandemException.onFields(errors.get(0).code(), errors, errors.get(0).args());
		}
	}

	/**
	 * Scores the answers (item id to answer value); unknown items and values are ignored,
	 * as unanswered.
	 */
	public Score score(Map<String, String> answers) {
		var scoring = definition.scoring();
		List<Score.IndicatorScore> indicatorScores = new ArrayList<>(definition.indicators().size());
		List<Score.ActionableItem> actionable = new ArrayList<>();
		int notEnough = 0;
		int unanswered = 0;
		int overall = 0;
		for (Indicator indicator : definition.indicators()) {
			int sum = 0, count = 0, max = 0, actionableCount = 0, indicatorNotEnough = 0;
			for (Item item : indicator.items()) {
				String answer = answers.get(item.id());
				Integer raw = answer == null ? null : pointsByScale.get(item.scale()).get(answer);
				if (raw == null) {
					unanswered++;
					continue;
				}
				if (raw == NOT_ENOUGH_INFORMATION) {
					notEnough++;
					indicatorNotEnough++;
					continue;
				}
				int points = item.isReverse() ? highestByScale.get(item.scale()) - raw : raw;
				Integer threshold = scales.get(item.scale()).actionableFrom();
				if (threshold != null && points >= threshold) {
					actionableCount++;
					actionable.add(new Score.ActionableItem(item.id(), item.typeOrIndicator(), points));
				}
				int weighted = points * item.weightOrOne();
				sum += weighted;
				max = Math.max(max, weighted);
				if (weighted > 0) {
					count++;
				}
			}
			int score = combine(scoring.indicatorScore(), sum, count, max, actionableCount);
			Band band = scoring.indicatorBands() == null ? null : find(scoring.indicatorBands(), score);
			int result = band == null ? score : band.points();
			indicatorScores.add(new Score.IndicatorScore(indicator.id(), indicator.title(), score,
					band == null ? null : band.points(), band == null ? null : band.label(), indicatorNotEnough));
			int contribution = result * indicator.weightOrOne();
			overall = switch (scoring.overall()) {
				case SUM -> overall + contribution;
				case MAX -> Math.max(overall, contribution);
				case COUNT, ACTIONABLE -> overall + (contribution > 0 ? 1 : 0);
			};
		}
		Level level = find(scoring.levels(), overall);
		return new Score(id(), version(), scoringVersion(), overall, highestScore, level.id(), level.label(),
				level.guide(), List.copyOf(indicatorScores), notEnough, unanswered, List.copyOf(actionable));
	}

	private static int combine(Combine combine, int sum, int count, int max, int actionable) {
		return switch (combine) {
			case SUM -> sum;
			case COUNT -> count;
			case MAX -> max;
			case ACTIONABLE -> actionable;
		};
	}

	/** The range holding the score; validation guarantees there is exactly one. */
	private static <R extends InstrumentDefinition.Range> R find(List<R> ranges, int score) {
		for (R range : ranges) {
			if (range.contains(score)) {
				return range;
			}
		}
		return ranges.get(score < ranges.get(0).from() ? 0 : ranges.size() - 1);
	}

	/**
	 * The highest score one indicator can reach, and the highest overall score. Computed
	 * in long so that an extreme definition is measured, and refused, rather than
	 * wrapping around.
	 */
	record Bounds(long highestIndicatorScore, long highestOverallScore) {
	}

	static Bounds bounds(InstrumentDefinition definition) {
		Map<String, Scale> scales = new HashMap<>();
		definition.scales().forEach(scale -> scales.put(scale.id(), scale));
		var scoring = definition.scoring();
		long highestIndicator = 0;
		long highestOverall = 0;
		for (Indicator indicator : definition.indicators()) {
			long sum = 0, count = 0, max = 0, actionable = 0;
			for (Item item : indicator.items()) {
				Scale scale = scales.get(item.scale());
				long highest = scale.options()
					.stream()
					.filter(o -> !o.isNotEnoughInformation())
					.mapToLong(Option::points)
					.max()
					.orElse(0);
				long weighted = highest * item.weightOrOne();
				sum += weighted;
				max = Math.max(max, weighted);
				count += weighted > 0 ? 1 : 0;
				actionable += scale.actionableFrom() != null ? 1 : 0;
			}
			long score = switch (scoring.indicatorScore()) {
				case SUM -> sum;
				case COUNT -> count;
				case MAX -> max;
				case ACTIONABLE -> actionable;
			};
			highestIndicator = Math.max(highestIndicator, score);
			long result = scoring.indicatorBands() == null ? score
					: scoring.indicatorBands()
						.stream()
						.filter(b -> b.from() <= score)
						.mapToLong(Band::points)
						.max()
						.orElse(0);
			long contribution = result * indicator.weightOrOne();
			highestOverall = switch (scoring.overall()) {
				case SUM -> highestOverall + contribution;
				case MAX -> Math.max(highestOverall, contribution);
				case COUNT, ACTIONABLE -> highestOverall + (contribution > 0 ? 1 : 0);
			};
		}
		return new Bounds(highestIndicator, highestOverall);
	}

}
