package org.tandem.platform;

/**
 * How typed text is kept: without surrounding spaces, and nothing at all rather than
 * blanks.
 */
public final class Texts {

	private Texts() {
	}

	/** The text stripped, or null when nothing but spaces (or nothing) was typed. */
	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
