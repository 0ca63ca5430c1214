package org.tandem.outcome;

import java.util.Locale;

/** A text in English and Spanish. */
public record Words(String en, String es) {

	public String in(Locale locale) {
		return locale != null && "es".equals(locale.getLanguage()) && es != null ? es : en;
	}

}
