package org.tandem.evidence;

import java.time.LocalDate;

import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;

/**
 * The parameters of a validation as the API and the page read them, refused the same way
 * on their field.
 */
final class ValidationParameters {

	static final int LONGEST_WINDOW_DAYS = 3650;

	static final int LONGEST_PAIRING_DAYS = 365;

	static final int DEFAULT_PAIRING_DAYS = 30;

	private ValidationParameters() {
	}

	/**
	 * The period, both ends included: by default the year up to {@code today} (in the
	 * county).
	 */
	static LocalDate[] period(String from, String to, LocalDate today) {
		LocalDate end = orElse(Inputs.date(to, "to"), today);
		LocalDate start = orElse(Inputs.date(from, "from"), end.minusYears(1));
		if (end.isBefore(start)) {
			throw TandemException.onField(ErrorCode.VALIDATION_PERIOD_INVERTED, "to");
		}
		return new LocalDate[] { start, end };
	}

	/** The follow-up window after a screening: 1 to 3650 days, 180 by default. */
	static int windowDays(String value) {
		return days(value, "windowDays", 1, LONGEST_WINDOW_DAYS, ReferenceRules.DEFAULT_WINDOW_DAYS,
				ErrorCode.VALIDATION_WINDOW_OUT_OF_RANGE);
	}

	/**
	 * How far apart two screenings of a youth may be to pair: 0 to 365 days, 30 by
	 * default.
	 */
	static int withinDays(String value) {
		return days(value, "withinDays", 0, LONGEST_PAIRING_DAYS, DEFAULT_PAIRING_DAYS,
				ErrorCode.AGREEMENT_WINDOW_OUT_OF_RANGE);
	}

	static NoDetermination noDeterminationIs(String value) {
		return orElse(Inputs.choice(NoDetermination.class, value, "noDeterminationIs"), NoDetermination.NEGATIVE);
	}

	private static int days(String value, String field, int min, int max, int otherwise, ErrorCode code) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			int days = Integer.parseInt(value.strip());
			if (days >= min && days <= max) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, as a number out of range
		}
		throw TandemException.onField(code, field, min, max);
	}

	static <T> T orElse(T value, T otherwise) {
		return value == null ? otherwise : value;
	}

}
