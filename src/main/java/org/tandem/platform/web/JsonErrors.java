package org.tandem.platform.web;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns what JSON binding refused into the problems the input toolkit ({@link Inputs})
 * gives for the same bad value typed into a form: an unknown enum value lists the allowed
 * ones, a date that does not exist says so, a number out of range gives the range; always
 * on the field, in the caller's language, and without echoing what was sent.
 */
final class JsonErrors {

	private JsonErrors() {
	}

	static TandemException describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			return onField(jackson, path(jackson));
		}
		if (cause instanceof JacksonException jackson && jackson.getLocation() != null
				&& jackson.getLocation().getLineNr() > 0) {
			return new TandemException(ErrorCode.MALFORMED_REQUEST,
					new DefaultMessageSourceResolvable(new String[] { "error.json.syntax" },
							new Object[] { jackson.getLocation().getLineNr(), jackson.getLocation().getColumnNr() },
							"not valid JSON"));
		}
		return new TandemException(ErrorCode.MALFORMED_REQUEST,
				new DefaultMessageSourceResolvable(new String[] { "error.json.missing" }, "no JSON"));
	}

	private static TandemException onField(JacksonException ex, String field) {
		Class<?> target = ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
				: ex instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
		if (target != null && target.isEnum()) {
			@SuppressWarnings({ "unchecked", "rawtypes" })
			String allowed = Inputs.allowed((Class) target);
			return Inputs.notOneOf(field, allowed);
		}
		if (target == LocalDate.class) {
			Object value = ex instanceof InvalidFormatException invalid ? invalid.getValue() : null;
			return Inputs.invalidDate(field, value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}"));
		}
		if (target != null && Temporal.class.isAssignableFrom(target)) {
			return TandemException.onField(ErrorCode.DATE_TIME_INVALID, field, field);
		}
		List<Long> range = range(target);
		if (range != null && ex instanceof InputCoercionException) {
			return TandemException.onField(ErrorCode.NUMBER_OUT_OF_RANGE, field, field, range.get(0), range.get(1));
		}
		return TandemException.onField(ErrorCode.INVALID_PARAMETER, field, field);
	}

	/**
	 * The bounds of a whole-number type a client can send, or null for any other type.
	 */
	static List<Long> range(Class<?> type) {
		if (type == int.class || type == Integer.class) {
			return List.of((long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE);
		}
		if (type == long.class || type == Long.class) {
			return List.of(Long.MIN_VALUE, Long.MAX_VALUE);
		}
		if (type == short.class || type == Short.class) {
			return List.of((long) Short.MIN_VALUE, (long) Short.MAX_VALUE);
		}
		return null;
	}

	/**
	 * The field as a client names it: {@code answers.item3},
	 * {@code attendance[0].attended}.
	 */
	private static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("?");
	}

}
