package org.tandem.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.tandem.platform.TandemException.FieldError;

/**
 * Typed input read from what people and clients send (form fields, query parameters, JSON
 * text), so that the same kind of bad value is refused the same way in every module: on
 * its field, with one catalogue code per kind. Blank optional input is null; nothing
 * typed is ever echoed back in the message, only the field's name (a value may be
 * personal).
 */
public final class Inputs {

	/**
	 * A date written year-month-day: when it has this shape and still fails, the day does
	 * not exist.
	 */
	private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private Inputs() {
	}

	/**
	 * Typed text stripped, null when blank, refused ({@link ErrorCode#TEXT_TOO_LONG})
	 * over {@code max} characters.
	 */
	public static String text(String value, String field, int max) {
		String text = Texts.blankToNull(value);
		if (text != null && text.length() > max) {
			throw TandemException.onField(ErrorCode.TEXT_TOO_LONG, field, field, max);
		}
		return text;
	}

	/**
	 * A value that must be there: missing is {@link ErrorCode#INVALID_PARAMETER} on the
	 * field.
	 */
	public static <T> T required(T value, String field) {
		if (value == null || value instanceof String text && text.isBlank()) {
			throw TandemException.onField(ErrorCode.INVALID_PARAMETER, field, field);
		}
		return value;
	}

	/**
	 * Why someone does something that others will review: required
	 * ({@link ErrorCode#REASON_REQUIRED}) and bounded.
	 */
	public static String reason(String value, String field, int max) {
		String text = text(value, field, max);
		if (text == null) {
			throw TandemException.onField(ErrorCode.REASON_REQUIRED, field, field);
		}
		return text;
	}

	/**
	 * A day of the calendar (ISO year-month-day), or null when blank;
	 * {@link ErrorCode#DATE_INVALID} otherwise.
	 */
	public static LocalDate date(String value, String field) {
		return parsed(value, LocalDate::parse, text -> invalidDate(field, DATE_SHAPE.matcher(text).matches()));
	}

	/**
	 * The problem of a date that is not one; {@code wellFormed} when its shape was right
	 * but the day does not exist.
	 */
	public static TandemException invalidDate(String field, boolean wellFormed) {
		return TandemException.onFields(ErrorCode.DATE_INVALID, List.of(new FieldError(field, ErrorCode.DATE_INVALID,
				wellFormed ? "error.T1014.impossible" : ErrorCode.DATE_INVALID.messageKey(), new Object[] { field })),
				field);
	}

	/**
	 * A moment with its offset (ISO date-time), or null when blank;
	 * {@link ErrorCode#DATE_TIME_INVALID} otherwise.
	 */
	public static OffsetDateTime dateTime(String value, String field) {
		return parsed(value, OffsetDateTime::parse,
				text -> TandemException.onField(ErrorCode.DATE_TIME_INVALID, field, field));
	}

	/**
	 * A date and time typed in a page (no offset: the county's clock reads it), or null
	 * when blank; {@link ErrorCode#DATE_TIME_INVALID} otherwise.
	 */
	public static LocalDateTime localDateTime(String value, String field) {
		return parsed(value, LocalDateTime::parse,
				text -> TandemException.onField(ErrorCode.DATE_TIME_INVALID, field, field));
	}

	/**
	 * An id, or null when blank; {@link ErrorCode#INVALID_PARAMETER} on the field when it
	 * is not one.
	 */
	public static UUID uuid(String value, String field) {
		return parsed(value, UUID::fromString,
				text -> TandemException.onField(ErrorCode.INVALID_PARAMETER, field, field));
	}

	/**
	 * Typed text read by {@code parser}, null when blank; what the parser refuses becomes
	 * {@code refusal}'s problem.
	 */
	private static <T> T parsed(String value, Function<String, T> parser, Function<String, TandemException> refusal) {
		String text = Texts.blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return parser.apply(text);
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw refusal.apply(text);
		}
	}

	/**
	 * One of an enum's values, named in any letter case, or null when blank; anything
	 * else is {@link ErrorCode#NOT_ONE_OF_THE_VALUES} on the field with the allowed
	 * values listed.
	 */
	public static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
		String text = Texts.blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw notOneOf(field, allowed(type));
		}
	}

	/**
	 * One of a closed list of names that is data rather than an enum (a protocol's
	 * tiers), in any letter case, upper-cased; missing or anything else is
	 * {@link ErrorCode#NOT_ONE_OF_THE_VALUES} with the list.
	 */
	public static String oneOf(String value, List<String> allowed, String field) {
		String text = Texts.blankToNull(value);
		String upper = text == null ? null : text.toUpperCase(Locale.ROOT);
		if (upper == null || !allowed.contains(upper)) {
			throw notOneOf(field, String.join(", ", allowed));
		}
		return upper;
	}

	/**
	 * Several of an enum's values, blanks and repeats left out; one unknown value refuses
	 * them all.
	 */
	public static <E extends Enum<E>> List<E> choices(Class<E> type, List<String> values, String field) {
		return values == null ? List.of()
				: values.stream().map(v -> choice(type, v, field)).filter(Objects::nonNull).distinct().toList();
	}

	/**
	 * The problem of a value that is not one of {@code allowed} (written as the client
	 * writes them).
	 */
	public static TandemException notOneOf(String field, String allowed) {
		return TandemException.onField(ErrorCode.NOT_ONE_OF_THE_VALUES, field, field, allowed);
	}

	/** An enum's values as a client writes them, for messages. */
	public static String allowed(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

	/**
	 * A whole number within bounds: {@link ErrorCode#NUMBER_OUT_OF_RANGE} otherwise,
	 * never silently clamped.
	 */
	public static int within(int value, String field, int min, int max) {
		if (value < min || value > max) {
			throw TandemException.onField(ErrorCode.NUMBER_OUT_OF_RANGE, field, field, min, max);
		}
		return value;
	}

	/** The number of a page: from 0. */
	public static int page(int page, String field) {
		return within(page, field, 0, Integer.MAX_VALUE);
	}

	/** The size of a page: from 1 to what the list allows. */
	public static int pageSize(int size, String field, int max) {
		return within(size, field, 1, max);
	}

	/**
	 * For checks that report every problem at once: the value read, or null with its
	 * field problems added to {@code problems}. A failure that names no field is thrown
	 * as it is.
	 */
	public static <T> T collect(List<FieldError> problems, Supplier<T> read) {
		try {
			return read.get();
		}
		catch (TandemException ex) {
			if (ex.fieldErrors().isEmpty()) {
				throw ex;
			}
			problems.addAll(ex.fieldErrors());
			return null;
		}
	}

}
