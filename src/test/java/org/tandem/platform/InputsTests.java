package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The input toolkit on its own: blanks are nothing, and each kind of bad value has its
 * one code and field.
 */
class InputsTests {

	enum Colour {

		RED, GREEN

	}

	@Test
	void blanksAreNothingAndTextIsStripped() {
		assertThat(Inputs.text("  ", "note", 5)).isNull();
		assertThat(Inputs.date(" ", "on")).isNull();
		assertThat(Inputs.choice(Colour.class, null, "colour")).isNull();
		assertThat(Inputs.text("  ab  ", "note", 2)).isEqualTo("ab");
	}

	@Test
	void eachKindOfBadValueHasItsCodeOnItsField() {
		assertRefused(() -> Inputs.text("abcdef", "note", 5), ErrorCode.TEXT_TOO_LONG, "note");
		assertRefused(() -> Inputs.reason(" ", "reason", 5), ErrorCode.REASON_REQUIRED, "reason");
		assertRefused(() -> Inputs.choice(Colour.class, "blue", "colour"), ErrorCode.NOT_ONE_OF_THE_VALUES, "colour");
		assertRefused(() -> Inputs.oneOf(null, List.of("A", "B"), "tier"), ErrorCode.NOT_ONE_OF_THE_VALUES, "tier");
		assertRefused(() -> Inputs.date("2011-02-30", "on"), ErrorCode.DATE_INVALID, "on");
		assertRefused(() -> Inputs.date("30/02/2011", "on"), ErrorCode.DATE_INVALID, "on");
		assertRefused(() -> Inputs.dateTime("2026-03-08T01:30", "at"), ErrorCode.DATE_TIME_INVALID, "at");
		assertRefused(() -> Inputs.within(-1, "page", 0, 10), ErrorCode.NUMBER_OUT_OF_RANGE, "page");
		assertRefused(() -> Inputs.uuid("not-an-id", "id"), ErrorCode.INVALID_PARAMETER, "id");
		assertRefused(() -> Inputs.required(null, "kind"), ErrorCode.INVALID_PARAMETER, "kind");
	}

	@Test
	void aDayThatDoesNotExistIsToldApartFromOneWrittenAnotherWay() {
		TandemException impossible = catchRefusal(() -> Inputs.date("2011-02-30", "on"));
		TandemException otherwise = catchRefusal(() -> Inputs.date("yesterday", "on"));

		assertThat(impossible.fieldErrors().get(0).messageKey()).isEqualTo("error.T1014.impossible");
		assertThat(otherwise.fieldErrors().get(0).messageKey()).isEqualTo("error.T1014");
		assertThat(Inputs.date("2012-02-29", "on")).isEqualTo(LocalDate.of(2012, 2, 29));
	}

	@Test
	void valuesAreReadInAnyLetterCaseAndTheAllowedOnesListed() {
		assertThat(Inputs.choice(Colour.class, " green ", "colour")).isEqualTo(Colour.GREEN);
		assertThat(Inputs.oneOf("b", List.of("A", "B"), "tier")).isEqualTo("B");
		assertThat(catchRefusal(() -> Inputs.choice(Colour.class, "blue", "colour")).args()).containsExactly("colour",
				"RED, GREEN");
	}

	@Test
	void collectingKeepsEveryFieldProblem() {
		List<TandemException.FieldError> problems = new java.util.ArrayList<>();

		Inputs.collect(problems, () -> Inputs.text("abcdef", "a", 5));
		Inputs.collect(problems, () -> Inputs.choice(Colour.class, "blue", "b"));

		assertThat(problems).extracting(TandemException.FieldError::field).containsExactly("a", "b");
	}

	private static void assertRefused(Runnable read, ErrorCode code, String field) {
		assertThatThrownBy(read::run).asInstanceOf(type(TandemException.class)).satisfies(ex -> {
			assertThat(ex.code()).isEqualTo(code);
			assertThat(ex.field()).isEqualTo(field);
		});
	}

	private static TandemException catchRefusal(Runnable read) {
		try {
			read.run();
		}
		catch (TandemException ex) {
			return ex;
		}
		throw new AssertionError("not refused");
	}

}
