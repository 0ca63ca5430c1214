package org.tandem.youth;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Names reduced to what search compares: lower case, no accents, single spaces. */
final class Names {

	private Names() {
	}

	static String normalize(String name) {
		if (name == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}' -]+", " ")
			.replaceAll("\\s+", " ")
			.strip();
	}

	/** The text search and duplicate detection match against: every name and alias. */
	static String searchText(String first, String middle, String last, String preferred, Collection<String> aliases) {
		return Stream.concat(Stream.of(first, middle, last, preferred), aliases.stream())
			.filter(Objects::nonNull)
			.map(Names::normalize)
			.filter(s -> !s.isEmpty())
			.distinct()
			.collect(Collectors.joining(" "));
	}

}
