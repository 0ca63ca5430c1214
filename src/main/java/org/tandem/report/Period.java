package org.tandem.report;

import java.time.LocalDate;

import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;

/**
 * The days a report covers, both included, by its cohort date. Without dates: the twelve
 * months up to today in the county.
 */
public record Period(LocalDate from, LocalDate to) {

	public Period {
		if (to.isBefore(from)) {
			throw TandemException.onField(ErrorCode.REPORT_PERIOD_INVERTED, "to", from, to);
		}
	}

	static Period of(String from, String to, LocalDate today) {
		LocalDate end = to == null || to.isBlank() ? null : Inputs.date(to, "to");
		LocalDate start = from == null || from.isBlank() ? null : Inputs.date(from, "from");
		if (end == null) {
			end = start != null && start.isAfter(today) ? start : today;
		}
		if (start == null) {
			start = end.minusYears(1).plusDays(1);
		}
		return new Period(start, end);
	}

}
