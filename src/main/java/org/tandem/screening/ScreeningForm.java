package org.tandem.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers and sources as the screening page posts them: {@code a.<item>} holds an item's
 * answer, {@code s.<item>} (repeated) its sources. Read by hand so no item id can collide
 * with a property.
 */
record ScreeningForm(Map<String, String> answers, Map<String, List<Source>> sources, boolean scriptConfirmed,
		Long seq) {

	/** The page's number for this save (see tandem.js), or null when it sent none. */
	private static Long seq(String[] values) {
		try {
			return values == null || values.length == 0 ? null : Long.valueOf(values[0]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static ScreeningForm from(Map<String, String[]> parameters) {
		Map<String, String> answers = new LinkedHashMap<>();
		Map<String, List<Source>> sources = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (name.startsWith("a.") && values.length > 0 && !values[0].isBlank()) {
				answers.put(name.substring(2), values[0]);
			}
			else if (name.startsWith("s.")) {
				Set<Source> chosen = EnumSet.noneOf(Source.class);
				for (String value : values) {
					for (Source source : Source.values()) {
						if (source.name().equals(value)) {
							chosen.add(source);
						}
					}
				}
				if (!chosen.isEmpty()) {
					sources.put(name.substring(2), new ArrayList<>(chosen));
				}
			}
		});
		String[] script = parameters.get("scriptConfirmed");
		return new ScreeningForm(answers, sources, script != null && script.length > 0 && "true".equals(script[0]),
				seq(parameters.get("seq")));
	}
}
