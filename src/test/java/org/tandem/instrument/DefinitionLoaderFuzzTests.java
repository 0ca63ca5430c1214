package org.tandem.instrument;

import java.util.HashMap;
import java.util.Map;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.instrument.InstrumentDefinition.Item;
import org.tandem.instrument.InstrumentDefinition.Option;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever bytes an administrator imports, the loader either compiles an instrument or
 * refuses it with one {@link ErrorCode#DEFINITION_INVALID} that points at fields; any
 * other exception or error is a bug.
 *
 * <p>
 * In a plain {@code ./mvnw test} this runs only the seed corpus in
 * {@code src/test/resources/org/tandem/instrument/DefinitionLoaderFuzzTestsInputs/loadingNeverCrashes/}
 * (the shipped definitions, the tiny test definition and damaged copies of them), in a
 * few seconds and without instrumenting anything. To fuzz for real, for
 * {@code maxDuration} (one fuzz test at a time; new inputs go to {@code .cifuzz-corpus/},
 * findings into the inputs directory above, where they become regression seeds):
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw test -Dtest=DefinitionLoaderFuzzTests \
 *     '-Djazzer.instrument=org.tandem.**,com.fasterxml.jackson.**,com.networknt.**,org.yaml.snakeyaml.**'
 * </pre>
 *
 * Without {@code -Djazzer.instrument} only Tandem's own classes guide the fuzzer; with
 * it, the YAML and JSON parsers and the schema validator do too (about ten times the
 * coverage).
 */
class DefinitionLoaderFuzzTests {

	/**
	 * Replaying the seeds needs no instrumentation, and Jazzer's would reach every Tandem
	 * class loaded afterwards in the same test JVM: rewritten, controllers lose the
	 * parameter names that Spring MVC binds path variables by, and later web tests fail
	 * with 500. So hooks are off unless fuzzing for real. (Read from the JUnit
	 * configuration, which falls back to system properties.)
	 */
	@BeforeAll
	static void noInstrumentationWhenOnlyReplayingTheSeeds() {
		String fuzz = System.getenv("JAZZER_FUZZ");
		if ((fuzz == null || fuzz.isEmpty()) && System.getProperty("jazzer.hooks") == null) {
			System.setProperty("jazzer.hooks", "false");
		}
	}

	@FuzzTest(maxDuration = "5m")
	@DictionaryEntries({ "id: ", "version: ", "kind: SCREENING", "kind: ASSESSMENT", "form: FULL", "validated: false",
			"title: {en: a, es: b}", "intendedRoles: [HOTLINE]", "ageRange: {min: 10, max: 24}", "scales:",
			"indicators:", "items:", "options:", "scoring:", "levels:", "indicatorBands:",
			"- {value: YES, label: {en: y, es: s}, points: 1}", "notEnoughInformation: true", "actionableFrom: ",
			"reverse: true", "required: false", "weight: 100", "weight: 0", "points: 100", "from: ", "to: ",
			"indicatorScore: ", "overall: ", "SUM", "COUNT", "MAX", "ACTIONABLE", "type: STRENGTH",
			"guide: {summary: {en: a, es: b}}", "rescreenInDays: 730", "&a ", "*a", "<<: ", "!!binary ", "!!str ", "? ",
			"---", "...", "~", "null", "{", "}", "[", "]", "- ", ": ", "#", "2147483648", "-1", "1e10", "0x7fffffff",
			"$ref" })
	void loadingNeverCrashes(byte[] input) {
		Instrument instrument;
		try {
			instrument = InstrumentLoader.load(input);
		}
		catch (TandemException ex) {
			assertThat(ex.code()).as("the code of a refused definition").isEqualTo(ErrorCode.DEFINITION_INVALID);
			assertThat(ex.fieldErrors()).as("a refusal says what is wrong").isNotEmpty();
			assertThat(ex.fieldErrors()).allSatisfy(error -> {
				assertThat(error.field()).startsWith("$");
				assertThat(error.code()).isEqualTo(ErrorCode.DEFINITION_INVALID);
			});
			return;
		}
		assertThat(instrument).isNotNull();
		scoresWithinBounds(instrument);
	}

	/**
	 * 2,200 items of 100 points weighing 100 in an indicator weighing 100 (about 150 kB,
	 * well under {@link InstrumentLoader#MAX_BYTES}) make a highest score of 2.2e10,
	 * beyond {@code int}. Found by review of the fuzz results: it was once accepted with
	 * a negative highest score; now refused.
	 */
	@Test
	void aDefinitionWhoseScoresOverflowIsRefused() {
		StringBuilder items = new StringBuilder();
		for (int i = 0; i < 2200; i++) {
			items.append(i == 0 ? "" : ",")
				.append("{\"id\":\"i")
				.append(i)
				.append("\",\"text\":{\"en\":\"a\",\"es\":\"b\"},\"scale\":\"s\",\"weight\":100}");
		}
		String definition = """
				{"id":"big","version":1,"kind":"SCREENING","form":"FULL","validated":false,"title":{"en":"a","es":"b"},
				 "intendedRoles":["HOTLINE"],"ageRange":{"min":10,"max":24},
				 "scales":[{"id":"s","options":[{"value":"LO","label":{"en":"a","es":"b"},"points":0},
				   {"value":"HI","label":{"en":"a","es":"b"},"points":100}]}],
				 "indicators":[{"id":"all","title":{"en":"a","es":"b"},"weight":100,"items":[%s]}],
				 "scoring":{"version":1,"indicatorScore":"SUM","overall":"SUM","levels":[
				   {"id":"LOW","from":0,"to":0,"label":{"en":"a","es":"b"},"guide":{"summary":{"en":"a","es":"b"}}},
				   {"id":"HIGH","from":1,"label":{"en":"a","es":"b"},"guide":{"summary":{"en":"a","es":"b"}}}]}}
				""".formatted(items);
		assertThatThrownBy(() -> InstrumentLoader.load(definition)).isInstanceOf(TandemException.class)
			.extracting(ex -> ((TandemException) ex).code())
			.isEqualTo(ErrorCode.DEFINITION_INVALID);
	}

	/**
	 * What the loader accepts can be scored: no answers, the lowest and the highest
	 * answer to every item each give a score within [0, highestScore] and a level.
	 */
	private static void scoresWithinBounds(Instrument instrument) {
		Map<String, String> lowest = new HashMap<>();
		Map<String, String> highest = new HashMap<>();
		for (var indicator : instrument.definition().indicators()) {
			for (Item item : indicator.items()) {
				Option low = null;
				Option high = null;
				for (Option option : instrument.scaleOf(item).options()) {
					if (option.isNotEnoughInformation()) {
						continue;
					}
					low = low == null || option.points() < low.points() ? option : low;
					high = high == null || option.points() > high.points() ? option : high;
				}
				lowest.put(item.id(), low.value());
				highest.put(item.id(), high.value());
			}
		}
		for (Map<String, String> answers : java.util.List.of(Map.<String, String>of(), lowest, highest)) {
			Score score = instrument.score(answers);
			assertThat(score.highestScore()).as("highest score").isNotNegative();
			assertThat(score.score()).as("score of %s", answers).isBetween(0, score.highestScore());
			assertThat(score.level()).isNotNull();
		}
	}

}
