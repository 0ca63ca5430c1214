package org.tandem.instrument;

import java.util.Locale;

/** A text of an instrument in English and Spanish. */
public record Text(String en, String es) {

	public String in(Locale locale) {
		return locale != null && "es".equals(locale.getLanguage()) ? es : en;
	}

	@Override
	public String toString() {
		return en;
	}
}
