package org.tandem.youth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reads a date of birth typed into search: 2012-03-04, 03/04/2012 (US) or 4.3.2012. */
final class SearchDates {

	private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("M/d/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

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
