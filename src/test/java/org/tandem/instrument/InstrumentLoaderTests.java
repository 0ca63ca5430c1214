package org.tandem.instrument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Definitions are refused with messages that point to the exact field; the shipped ones
 * load.
 */
class InstrumentLoaderTests {

	static String tiny() {
		try {
			return new ClassPathResource("instruments/tiny.yaml").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void everyShippedInstrumentLoadsAndIsMarkedNotValidated() throws IOException {
		var resources = new PathMatchingResourcePatternResolver().getResources("classpath:instruments/builtin/*.yaml");
		assertThat(resources).hasSizeGreaterThanOrEqualTo(4);
		for (var resource : resources) {
			Instrument instrument = InstrumentLoader.load(resource.getContentAsByteArray());
			assertThat(instrument.definition().validated()).as(resource.getFilename()).isFalse();
			assertThat(instrument.definition().notice()).as(resource.getFilename()).isNotNull();
		}
	}

	@Test
	void aValidDefinitionScores() {
		Instrument tiny = InstrumentLoader.load(tiny());
		Score score = tiny.score(Map.of("ho-1", "YES", "ho-2", "NOT_ENOUGH_INFORMATION", "mo-1", "NO"));
		assertThat(score.score()).isEqualTo(1);
		assertThat(score.level()).isEqualTo("CONCERN");
		assertThat(score.notEnoughInformation()).isEqualTo(1);
		assertThat(score.highestScore()).isEqualTo(3);
		assertThat(score.indicatorScores()).extracting(Score.IndicatorScore::score).containsExactly(1, 0);
	}

	@Test
	void jsonIsReadAsWellAsYaml() {
		String json = """
				{"id": "x", "version": 1}""";
		assertThat(problems(json)).extracting(TandemException.FieldError::field).contains("$");
	}

	@Test
	void anItemNamingAnUnknownScaleIsPointedAt() {
		assertThat(fieldsOf(edit(s -> s.replace("scale: yes-no}", "scale: yesno}"))))
			.contains("$.indicators[0].items[0].scale");
	}

	@Test
	void aGapBetweenLevelsIsPointedAtWithTheMissingScores() {
		var problems = problems(edit(s -> s.replace("      from: 1\n", "      from: 2\n")));
		assertThat(problems).extracting(TandemException.FieldError::field).contains("$.scoring.levels[1].from");
		assertThat(problems.get(0).args()[0].toString()).contains("gap").contains("1 to 1");
	}

	@Test
	void overlappingLevelsArePointedAt() {
		var problems = problems(edit(s -> s.replace("      to: 0\n", "      to: 1\n")));
		assertThat(problems).extracting(TandemException.FieldError::field).contains("$.scoring.levels[1].from");
		assertThat(problems.get(0).args()[0].toString()).contains("overlaps");
	}

	@Test
	void levelsThatStopBeforeTheHighestScoreArePointedAt() {
		String closed = edit(s -> s.replace("      from: 1\n", "      from: 1\n      to: 2\n"));
		var problems = problems(closed);
		assertThat(problems).extracting(TandemException.FieldError::field).contains("$.scoring.levels[1].to");
		assertThat(problems.get(0).args()[0].toString()).contains("highest possible overall score is 3");
	}

	@Test
	void aMissingTranslationIsPointedAt() {
		assertThat(fieldsOf(edit(s -> s.replace("title: {en: Money, es: Dinero}", "title: {en: Money}"))))
			.anyMatch(field -> field.startsWith("$.indicators[1].title"));
	}

	@Test
	void duplicateIdsArePointedAt() {
		assertThat(fieldsOf(edit(s -> s.replace("id: mo-1", "id: ho-1")))).contains("$.indicators[1].items[0].id");
		assertThat(fieldsOf(edit(s -> s.replace("id: money", "id: home")))).contains("$.indicators[1].id");
	}

	@Test
	void anUnknownPropertyIsPointedAt() {
		assertThat(problems(edit(s -> s.replace("validated: false", "validated: false\ncolour: blue"))))
			.extracting(p -> p.args()[0].toString())
			.anyMatch(message -> message.contains("colour"));
	}

	@Test
	void garbageIsAValidationErrorNotACrash() {
		for (String garbage : List.of("", "   ", "- a\n- b", "{", "id: [", "\u0000\u0001", "&a [*a, *a]", "null")) {
			assertThatThrownBy(() -> InstrumentLoader.load(garbage)).isInstanceOf(TandemException.class)
				.extracting(ex -> ((TandemException) ex).code())
				.isEqualTo(ErrorCode.DEFINITION_INVALID);
		}
	}

	static String edit(UnaryOperator<String> change) {
		String changed = change.apply(tiny());
		assertThat(changed).as("the edit must change the definition").isNotEqualTo(tiny());
		return changed;
	}

	static List<TandemException.FieldError> problems(String definition) {
		try {
			InstrumentLoader.load(definition);
		}
		catch (TandemException ex) {
			assertThat(ex.code()).isEqualTo(ErrorCode.DEFINITION_INVALID);
			return ex.fieldErrors();
		}
		throw new AssertionError("the definition was accepted");
	}

	static List<String> fieldsOf(String definition) {
		return problems(definition).stream().map(TandemException.FieldError::field).toList();
	}

}
