package org.tandem.platform.web;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;

import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;

/**
 * A query parameter of the wrong type gets the same answer as the same value in a JSON
 * body or a form.
 */
final class ParameterErrors {

	private ParameterErrors() {
	}

	static TandemException describe(String name, Class<?> type, Object value) {
		if (type != null && type.isEnum()) {
			@SuppressWarnings({ "unchecked", "rawtypes" })
			String allowed = Inputs.allowed((Class) type);
			return Inputs.notOneOf(name, allowed);
		}
		if (type == LocalDate.class) {
			return Inputs.invalidDate(name, false);
		}
		if (type != null && Temporal.class.isAssignableFrom(type)) {
			return TandemException.onField(ErrorCode.DATE_TIME_INVALID, name, name);
		}
		List<Long> range = JsonErrors.range(type);
		if (range != null && value instanceof String text && text.strip().matches("[-+]?\\d+")) {
			return TandemException.onField(ErrorCode.NUMBER_OUT_OF_RANGE, name, name, range.get(0), range.get(1));
		}
		return TandemException.onField(ErrorCode.INVALID_PARAMETER, name, name);
	}

}
