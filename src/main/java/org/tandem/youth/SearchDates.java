package org.tandem.youth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Reads a date of birth typed into search: 2012-03-04, 03/04/2012 (US) or 4.3.2012. */
final class SearchDates {

	/**
	 * Strict: an impossible date such as 2/31/2012 is not a date, rather than another
	 * day.
	 */
	private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

	private SearchDates() {
	}

	static Optional<LocalDate> parse(String text) {
		for (DateTimeFormatter format : FORMATS) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return Optional.empty();
	}

}
