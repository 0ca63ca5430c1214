package org.tandem.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.tandem.instrument.InstrumentDefinition.Band;
import org.tandem.instrument.InstrumentDefinition.Combine;
import org.tandem.instrument.InstrumentDefinition.Indicator;
import org.tandem.instrument.InstrumentDefinition.Item;
import org.tandem.instrument.InstrumentDefinition.Level;
import org.tandem.instrument.InstrumentDefinition.Option;
import org.tandem.instrument.InstrumentDefinition.Range;
import org.tandem.platform.SeededProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.platform.SeededProperties.forAll;

/**
 * Properties of scoring that hold for every shipped instrument and every set of answers:
 * the score stays within [0, highestScore], exactly one level holds it, more concern
 * never scores lower, scoring does not depend on the order of the answers, and every item
 * is counted once.
 *
 * <p>
 * Answers are generated from each item's own scale, with items left out, answered "not
 * enough information", answered with a value outside the scale, and answers to items the
 * instrument does not have. Generation is seeded: a failure names the seed of the failing
 * try and the answers (reduced to those needed to fail), and
 * {@code -Dtandem.properties.seed=N} replays it or explores other seeds;
 * {@code -Dtandem.properties.tries=N} changes the number of tries.
 *
 * <p>
 * Written with a small seeded harness on JUnit Jupiter rather than jqwik: jqwik's licence
 * terms from 1.10 on exclude the way this project is developed.
 */
class ScoringPropertiesTests {

	private static final String UNKNOWN_VALUE = "NOT_AN_OPTION";

	private static final Map<String, Instrument> SHIPPED = loadShipped();

	static List<String> shipped() {
		return List.copyOf(SHIPPED.keySet());
	}

	static List<String> yesNoInstruments() {
		return shipped().stream().filter(id -> !withYes(SHIPPED.get(id)).isEmpty()).toList();
	}

	// (a)
	// ---------------------------------------------------------------------------------------

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void theScoreIsBetweenZeroAndTheHighestScore(String id) {
		Instrument instrument = SHIPPED.get(id);
		forAllAnswers(instrument, answers -> {
			Score score = instrument.score(answers);
			assertThat(score.highestScore()).isPositive();
			assertThat(score.score()).isBetween(0, score.highestScore());
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void theHighestAnswersReachTheHighestScoreAndTheLowestScoreZero(String id) {
		Instrument instrument = SHIPPED.get(id);
		Score highest = instrument.score(extremeAnswers(instrument, true));
		Score lowest = instrument.score(extremeAnswers(instrument, false));
		assertThat(highest.score()).isEqualTo(highest.highestScore());
		assertThat(lowest.score()).isZero();
		assertThat(instrument.score(Map.of()).score()).isZero();
	}

	// (b)
	// ---------------------------------------------------------------------------------------

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void theLevelsPartitionTheScoresFromZeroToTheHighest(String id) {
		Instrument instrument = SHIPPED.get(id);
		var scoring = instrument.definition().scoring();
		int highest = instrument.score(Map.of()).highestScore();
		assertPartition(scoring.levels(), highest);
		if (scoring.indicatorBands() != null) {
			assertPartition(scoring.indicatorBands(), highestIndicatorScore(instrument));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void exactlyOneLevelHoldsTheScoreAndItIsTheOneReported(String id) {
		Instrument instrument = SHIPPED.get(id);
		forAllAnswers(instrument, answers -> assertTheLevelHoldsTheScore(instrument, instrument.score(answers)));
	}

	// (c)
	// ---------------------------------------------------------------------------------------

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void answeringOneItemWithMorePointsNeverLowersTheScore(String id) {
		Instrument instrument = SHIPPED.get(id);
		List<Item> scored = allItems(instrument).stream().filter(item -> !item.isReverse()).toList();
		forAll(instrument.id(), random -> {
			Map<String, String> answers = answers(instrument, random);
			Item item = scored.get(random.nextInt(scored.size()));
			List<Option> higher = scoredOptions(instrument, item).stream()
				.filter(option -> option.points() >= pointsOf(instrument, item, answers.get(item.id())))
				.toList();
			Map<String, String> raised = new LinkedHashMap<>(answers);
			raised.put(item.id(), higher.get(random.nextInt(higher.size())).value());
			return new Change(answers, raised);
		}, change -> assertThat(instrument.score(change.after()).score()).as("after %s", change.after())
			.isGreaterThanOrEqualTo(instrument.score(change.before()).score()), Change::shrink);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void answeringManyItemsWithMorePointsNeverLowersTheScore(String id) {
		Instrument instrument = SHIPPED.get(id);
		forAll(instrument.id(), random -> {
			Map<String, String> answers = answers(instrument, random);
			Map<String, String> raised = new LinkedHashMap<>(answers);
			for (Item item : allItems(instrument)) {
				if (!item.isReverse() && random.nextInt(3) == 0) {
					int current = pointsOf(instrument, item, answers.get(item.id()));
					List<Option> higher = scoredOptions(instrument, item).stream()
						.filter(option -> option.points() >= current)
						.toList();
					raised.put(item.id(), higher.get(random.nextInt(higher.size())).value());
				}
			}
			return new Change(answers, raised);
		}, change -> assertThat(instrument.score(change.after()).score()).as("after %s", change.after())
			.isGreaterThanOrEqualTo(instrument.score(change.before()).score()), Change::shrink);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("yesNoInstruments")
	void addingAYesNeverLowersTheScore(String id) {
		Instrument instrument = SHIPPED.get(id);
		List<Item> withYes = withYes(instrument);
		forAll(instrument.id(), random -> {
			Map<String, String> answers = answers(instrument, random);
			Map<String, String> withOneMoreYes = new LinkedHashMap<>(answers);
			withOneMoreYes.put(withYes.get(random.nextInt(withYes.size())).id(), "YES");
			return new Change(answers, withOneMoreYes);
		}, change -> {
			Score before = instrument.score(change.before());
			Score after = instrument.score(change.after());
			assertThat(after.score()).as("after %s", change.after()).isGreaterThanOrEqualTo(before.score());
			assertThat(levelIndex(instrument, after.level()))
				.isGreaterThanOrEqualTo(levelIndex(instrument, before.level()));
		}, Change::shrink);
	}

	/**
	 * Strengths are reversed and their indicator weighs 0: they never move the level of
	 * need.
	 */
	@Test
	void strengthsNeverChangeTheOverallScoreOfTheNeedsAssessment() {
		Instrument instrument = SHIPPED.get("cse-needs-strengths");
		List<Item> strengths = allItems(instrument).stream().filter(Item::isReverse).toList();
		assertThat(strengths).isNotEmpty()
			.allSatisfy(item -> assertThat(item.typeOrIndicator()).isEqualTo(InstrumentDefinition.ItemType.STRENGTH));
		forAll(instrument.id(), random -> {
			Map<String, String> answers = answers(instrument, random);
			Map<String, String> otherStrengths = new LinkedHashMap<>(answers);
			for (Item item : strengths) {
				String value = answer(instrument, item, random);
				if (value == null) {
					otherStrengths.remove(item.id());
				}
				else {
					otherStrengths.put(item.id(), value);
				}
			}
			return new Change(answers, otherStrengths);
		}, change -> {
			Score before = instrument.score(change.before());
			Score after = instrument.score(change.after());
			assertThat(after.score()).isEqualTo(before.score());
			assertThat(after.level()).isEqualTo(before.level());
			assertThat(needsOnly(after)).isEqualTo(needsOnly(before));
		}, Change::shrink);
	}

	// (d)
	// ---------------------------------------------------------------------------------------

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void scoringIsDeterministicWhateverTheOrderOfTheAnswers(String id) {
		Instrument instrument = SHIPPED.get(id);
		forAllAnswers(instrument, answers -> assertDeterministic(instrument, answers));
	}

	// (e)
	// ---------------------------------------------------------------------------------------

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void everyItemIsCountedOnceAsAnsweredNotKnownOrUnanswered(String id) {
		Instrument instrument = SHIPPED.get(id);
		forAllAnswers(instrument, answers -> assertCounts(instrument, answers));
	}

	// Generated definitions
	// -------------------------------------------------------------------

	/**
	 * Small random definitions (1–4 indicators of 1–5 yes/no items, random weights,
	 * reversed items, every way to combine, optional bands, levels a random partition)
	 * load, as YAML or as JSON, and their scores keep properties (a), (b), (d) and (e).
	 */
	@Test
	void generatedDefinitionsLoadAndTheirScoresKeepTheProperties() {
		forAll("generated", SeededProperties.TRIES / 4, ScoringPropertiesTests::generateDefinition, generated -> {
			Instrument instrument = InstrumentLoader.load(generated.text());
			assertThat(instrument.score(Map.of()).highestScore()).as("highest score").isEqualTo(generated.highest());
			assertPartition(instrument.definition().scoring().levels(), generated.highest());
			SplittableRandom random = new SplittableRandom(generated.seed());
			for (int i = 0; i < 20; i++) {
				Map<String, String> answers = answers(instrument, random);
				Score score = instrument.score(answers);
				assertThat(score.score()).as("score of %s", answers).isBetween(0, generated.highest());
				assertTheLevelHoldsTheScore(instrument, score);
				assertDeterministic(instrument, answers);
				assertCounts(instrument, answers);
			}
		}, null);
	}

	// Checks
	// ------------------------------------------------------------------------------------

	private static void assertPartition(List<? extends Range> ranges, int highest) {
		assertThat(ranges).isNotEmpty();
		assertThat(ranges.get(0).from()).as("the first range starts at 0").isZero();
		for (int r = 1; r < ranges.size(); r++) {
			assertThat(ranges.get(r - 1).to()).as("range %d is closed", r - 1).isNotNull();
			assertThat(ranges.get(r).from()).as("range %d follows range %d", r, r - 1)
				.isEqualTo(ranges.get(r - 1).to() + 1);
		}
		for (Range range : ranges) {
			assertThat(range.to() == null || range.to() >= range.from()).as("range from %d is not empty", range.from())
				.isTrue();
		}
		Range last = ranges.get(ranges.size() - 1);
		assertThat(last.to() == null || last.to() >= highest).as("the last range reaches %d", highest).isTrue();
		for (int score = 0; score <= highest; score++) {
			int holding = 0;
			for (Range range : ranges) {
				holding += range.contains(score) ? 1 : 0;
			}
			assertThat(holding).as("ranges holding %d", score).isEqualTo(1);
		}
	}

	private static void assertTheLevelHoldsTheScore(Instrument instrument, Score score) {
		List<Level> holding = instrument.definition()
			.scoring()
			.levels()
			.stream()
			.filter(level -> level.contains(score.score()))
			.toList();
		assertThat(holding).as("levels holding %d", score.score()).hasSize(1);
		Level level = holding.get(0);
		assertThat(score.level()).isEqualTo(level.id());
		assertThat(score.levelLabel()).isEqualTo(level.label());
		assertThat(score.guideToAction()).isEqualTo(level.guide());
		List<Band> bands = instrument.definition().scoring().indicatorBands();
		for (Score.IndicatorScore indicator : score.indicatorScores()) {
			if (bands == null) {
				assertThat(indicator.bandPoints()).isNull();
				continue;
			}
			List<Band> holdingBands = bands.stream().filter(band -> band.contains(indicator.score())).toList();
			assertThat(holdingBands).as("bands holding %s", indicator).hasSize(1);
			assertThat(indicator.bandPoints()).isEqualTo(holdingBands.get(0).points());
		}
	}

	private static void assertDeterministic(Instrument instrument, Map<String, String> answers) {
		Score first = instrument.score(answers);
		assertThat(instrument.score(answers)).as("scored again").isEqualTo(first);
		assertThat(instrument.score(new TreeMap<>(answers))).as("sorted").isEqualTo(first);
		List<String> keys = new ArrayList<>(answers.keySet());
		Collections.reverse(keys);
		Map<String, String> reversed = new LinkedHashMap<>();
		keys.forEach(key -> reversed.put(key, answers.get(key)));
		assertThat(instrument.score(reversed)).as("reversed").isEqualTo(first);
		assertThat(instrument.score(new HashMap<>(answers))).as("hashed").isEqualTo(first);
		assertThat(instrument.score(Map.copyOf(answers))).as("immutable copy").isEqualTo(first);
		assertThat(first.hashCode()).isEqualTo(instrument.score(reversed).hashCode());
	}

	private static void assertCounts(Instrument instrument, Map<String, String> answers) {
		int notKnown = 0;
		int unanswered = 0;
		int answered = 0;
		for (Item item : allItems(instrument)) {
			Option option = optionOf(instrument, item, answers.get(item.id()));
			if (option == null) {
				unanswered++;
			}
			else if (option.isNotEnoughInformation()) {
				notKnown++;
			}
			else {
				answered++;
			}
		}
		Score score = instrument.score(answers);
		assertThat(score.notEnoughInformation()).as("not enough information").isEqualTo(notKnown);
		assertThat(score.unanswered()).as("unanswered").isEqualTo(unanswered);
		assertThat(score.notEnoughInformation() + score.unanswered() + answered).as("all items")
			.isEqualTo(instrument.itemCount());
		assertThat(score.indicatorScores().stream().mapToInt(Score.IndicatorScore::notEnoughInformation).sum())
			.as("not enough information, by indicator")
			.isEqualTo(notKnown);
		assertThat(score.indicatorScores()).hasSize(instrument.definition().indicators().size());
	}

	// Answers
	// -----------------------------------------------------------------------------------

	/**
	 * Answers to every item: mostly from its scale, some left out, "not known" or not an
	 * option.
	 */
	static Map<String, String> answers(Instrument instrument, SplittableRandom random) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Item item : allItems(instrument)) {
			String value = answer(instrument, item, random);
			if (value != null) {
				answers.put(item.id(), value);
			}
		}
		if (random.nextInt(10) == 0) {
			answers.put("no-such-item-" + random.nextInt(3), "YES");
		}
		return answers;
	}

	private static String answer(Instrument instrument, Item item, SplittableRandom random) {
		List<Option> options = instrument.scaleOf(item).options();
		int roll = random.nextInt(100);
		if (roll < 10) {
			return null;
		}
		if (roll < 12) {
			return UNKNOWN_VALUE;
		}
		if (roll < 22) {
			for (Option option : options) {
				if (option.isNotEnoughInformation()) {
					return option.value();
				}
			}
		}
		List<Option> scored = scoredOptions(instrument, item);
		return scored.get(random.nextInt(scored.size())).value();
	}

	private static Map<String, String> extremeAnswers(Instrument instrument, boolean concern) {
		Map<String, String> answers = new HashMap<>();
		for (Item item : allItems(instrument)) {
			List<Option> scored = new ArrayList<>(scoredOptions(instrument, item));
			scored.sort((a, b) -> Integer.compare(a.points(), b.points()));
			boolean highest = concern != item.isReverse();
			answers.put(item.id(), scored.get(highest ? scored.size() - 1 : 0).value());
		}
		return answers;
	}

	private static List<Option> scoredOptions(Instrument instrument, Item item) {
		return instrument.scaleOf(item).options().stream().filter(option -> !option.isNotEnoughInformation()).toList();
	}

	private static Option optionOf(Instrument instrument, Item item, String value) {
		return instrument.scaleOf(item)
			.options()
			.stream()
			.filter(o -> o.value().equals(value))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The points an answer brings before weights: none for no answer or "not enough
	 * information".
	 */
	private static int pointsOf(Instrument instrument, Item item, String value) {
		Option option = optionOf(instrument, item, value);
		return option == null || option.isNotEnoughInformation() ? 0 : option.points();
	}

	private static List<Item> allItems(Instrument instrument) {
		return instrument.definition().indicators().stream().flatMap(indicator -> indicator.items().stream()).toList();
	}

	private static List<Item> withYes(Instrument instrument) {
		return allItems(instrument).stream()
			.filter(item -> !item.isReverse() && optionOf(instrument, item, "YES") != null
					&& optionOf(instrument, item, "NO") != null)
			.toList();
	}

	private static int levelIndex(Instrument instrument, String level) {
		List<Level> levels = instrument.definition().scoring().levels();
		for (int l = 0; l < levels.size(); l++) {
			if (levels.get(l).id().equals(level)) {
				return l;
			}
		}
		throw new AssertionError("no level " + level);
	}

	private static List<Score.ActionableItem> needsOnly(Score score) {
		return score.actionable()
			.stream()
			.filter(item -> item.type() != InstrumentDefinition.ItemType.STRENGTH)
			.toList();
	}

	/**
	 * The highest score one indicator can reach before bands, as the scoring rules define
	 * it.
	 */
	private static int highestIndicatorScore(Instrument instrument) {
		Combine combine = instrument.definition().scoring().indicatorScore();
		int highest = 0;
		for (Indicator indicator : instrument.definition().indicators()) {
			int sum = 0, count = 0, max = 0, actionable = 0;
			for (Item item : indicator.items()) {
				int top = scoredOptions(instrument, item).stream().mapToInt(Option::points).max().orElse(0);
				int weighted = top * item.weightOrOne();
				sum += weighted;
				count += weighted > 0 ? 1 : 0;
				max = Math.max(max, weighted);
				actionable += instrument.scaleOf(item).actionableFrom() != null ? 1 : 0;
			}
			highest = Math.max(highest, switch (combine) {
				case SUM -> sum;
				case COUNT -> count;
				case MAX -> max;
				case ACTIONABLE -> actionable;
			});
		}
		return highest;
	}

	// Generated definitions
	// -------------------------------------------------------------------

	record GeneratedDefinition(String text, int highest, long seed) {

		@Override
		public String toString() {
			return "highest " + highest + ":\n" + text;
		}
	}

	private static final JsonMapper JSON = new JsonMapper();

	private static final YAMLMapper YAML = new YAMLMapper();

	static GeneratedDefinition generateDefinition(SplittableRandom random) {
		Combine indicatorScore = Combine.values()[random.nextInt(4)];
		Combine overall = Combine.values()[random.nextInt(3)];
		boolean actionableScale = indicatorScore == Combine.ACTIONABLE || random.nextBoolean();
		Map<String, Object> scale = map("id", "yes-no", "options", List.of(option("NO", 0), option("YES", 1),
				map("value", "NOT_ENOUGH_INFORMATION", "label", text("?"), "notEnoughInformation", true)));
		if (actionableScale) {
			scale.put("actionableFrom", 1);
		}
		int indicatorCount = 1 + random.nextInt(4);
		List<Object> indicators = new ArrayList<>();
		int[] raw = new int[indicatorCount];
		int[] weights = new int[indicatorCount];
		int item = 0;
		for (int i = 0; i < indicatorCount; i++) {
			List<Object> items = new ArrayList<>();
			int sum = 0, count = 0, max = 0;
			int itemCount = 1 + random.nextInt(5);
			for (int j = 0; j < itemCount; j++) {
				Map<String, Object> generated = map("id", "item-" + item++, "text", text("item"), "scale", "yes-no");
				int weight = 1;
				if (random.nextInt(3) == 0) {
					weight = random.nextInt(4);
					generated.put("weight", weight);
				}
				if (random.nextInt(6) == 0) {
					generated.put("reverse", true);
				}
				if (random.nextInt(6) == 0) {
					generated.put("required", false);
				}
				items.add(generated);
				sum += weight;
				count += weight > 0 ? 1 : 0;
				max = Math.max(max, weight);
			}
			raw[i] = switch (indicatorScore) {
				case SUM -> sum;
				case COUNT -> count;
				case MAX -> max;
				case ACTIONABLE -> itemCount;
			};
			weights[i] = 1;
			Map<String, Object> indicator = map("id", "indicator-" + i, "title", text("indicator"), "items", items);
			if (random.nextInt(3) == 0) {
				weights[i] = random.nextInt(4);
				indicator.put("weight", weights[i]);
			}
			indicators.add(indicator);
		}
		int highestRaw = 0;
		for (int r : raw) {
			highestRaw = Math.max(highestRaw, r);
		}
		Map<String, Object> scoring = map("version", 1, "indicatorScore", indicatorScore.name(), "overall",
				overall.name());
		List<Map<String, Object>> bands = null;
		if (random.nextInt(3) == 0) {
			bands = partition(random, highestRaw, "band");
			for (Map<String, Object> band : bands) {
				band.put("points", random.nextInt(4));
			}
			scoring.put("indicatorBands", bands);
		}
		int highest = 0;
		for (int i = 0; i < indicatorCount; i++) {
			int result = raw[i];
			if (bands != null) {
				result = 0;
				for (Map<String, Object> band : bands) {
					if ((int) band.get("from") <= raw[i]) {
						result = Math.max(result, (int) band.get("points"));
					}
				}
			}
			int contribution = result * weights[i];
			highest = switch (overall) {
				case SUM -> highest + contribution;
				case MAX -> Math.max(highest, contribution);
				default -> highest + (contribution > 0 ? 1 : 0);
			};
		}
		List<Map<String, Object>> levels = partition(random, highest, "level");
		for (int l = 0; l < levels.size(); l++) {
			levels.get(l).put("id", "LEVEL_" + l);
			levels.get(l).put("guide", map("summary", text("guide " + l)));
		}
		scoring.put("levels", levels);
		Map<String, Object> definition = map("id", "generated", "version", 1, "kind", "SCREENING", "form", "BRIEF",
				"validated", false, "title", text("generated"), "intendedRoles", List.of("SOCIAL_WORKER"), "ageRange",
				map("min", 10, "max", 24), "scales", List.of(scale), "indicators", indicators, "scoring", scoring);
		try {
			String text = random.nextBoolean() ? YAML.writeValueAsString(definition)
					: JSON.writerWithDefaultPrettyPrinter().writeValueAsString(definition);
			return new GeneratedDefinition(text, highest, random.nextLong());
		}
		catch (JsonProcessingException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * At least two ranges from 0 that cover 0..highest; the last open, or closed at or
	 * above it.
	 */
	private static List<Map<String, Object>> partition(SplittableRandom random, int highest, String label) {
		int cuts = 1 + random.nextInt(Math.min(4, highest + 1));
		List<Integer> starts = new ArrayList<>(List.of(0));
		while (starts.size() <= cuts) {
			int start = 1 + random.nextInt(highest + 1);
			if (!starts.contains(start)) {
				starts.add(start);
			}
		}
		Collections.sort(starts);
		List<Map<String, Object>> ranges = new ArrayList<>();
		for (int r = 0; r < starts.size(); r++) {
			Map<String, Object> range = map("from", starts.get(r), "label", text(label + " " + r));
			if (r < starts.size() - 1) {
				range.put("to", starts.get(r + 1) - 1);
			}
			else if (random.nextBoolean()) {
				range.put("to", Math.max(highest, starts.get(r)) + random.nextInt(3));
			}
			ranges.add(range);
		}
		return ranges;
	}

	private static Map<String, Object> option(String value, int points) {
		return map("value", value, "label", text(value), "points", points);
	}

	private static Map<String, Object> text(String en) {
		return map("en", en, "es", en);
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	// Harness
	// -----------------------------------------------------------------------------------

	/** Two sets of answers: before and after a change. */
	record Change(Map<String, String> before, Map<String, String> after) {

		/**
		 * The same change with one fewer answer left alone by it (for smaller
		 * counterexamples).
		 */
		List<Change> shrink() {
			List<Change> smaller = new ArrayList<>();
			for (String key : before.keySet()) {
				if (after.containsKey(key) && before.get(key).equals(after.get(key))) {
					Map<String, String> b = new LinkedHashMap<>(before);
					Map<String, String> a = new LinkedHashMap<>(after);
					b.remove(key);
					a.remove(key);
					smaller.add(new Change(b, a));
				}
			}
			return smaller;
		}
	}

	private static void forAllAnswers(Instrument instrument, Consumer<Map<String, String>> property) {
		forAll(instrument.id(), random -> answers(instrument, random), property, answers -> {
			List<Map<String, String>> smaller = new ArrayList<>();
			for (String key : answers.keySet()) {
				Map<String, String> without = new LinkedHashMap<>(answers);
				without.remove(key);
				smaller.add(without);
			}
			return smaller;
		});
	}

	private static Map<String, Instrument> loadShipped() {
		try {
			Map<String, Instrument> shipped = new TreeMap<>();
			for (var resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:instruments/builtin/*.yaml")) {
				Instrument instrument = InstrumentLoader.load(resource.getContentAsByteArray());
				shipped.put(instrument.id(), instrument);
			}
			assertThat(shipped).hasSizeGreaterThanOrEqualTo(4);
			return shipped;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
