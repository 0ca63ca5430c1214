package org.tandem.screening;

import java.util.Map;

import org.tandem.platform.Inputs;

/**
 * The circumstances of a screening, both optional: where it took place and how long the
 * screener had known the youth. Kept beside the answers, not part of them: they change no
 * score, and reports count by them.
 */
record ScreeningContext(ScreeningSetting setting, KnownYouthFor knownYouthFor) {

	static final ScreeningContext NONE = new ScreeningContext(null, null);

	/**
	 * From the screening page's fields; a value that is not one of the choices is refused
	 * on its field.
	 */
	static ScreeningContext from(Map<String, String[]> parameters) {
		return new ScreeningContext(Inputs.choice(ScreeningSetting.class, first(parameters, "setting"), "setting"),
				Inputs.choice(KnownYouthFor.class, first(parameters, "knownYouthFor"), "knownYouthFor"));
	}

	private static String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

}
