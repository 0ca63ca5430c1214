package org.tandem.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tandem.service.HolisticNeeds.Need;

/**
 * The holistic needs a program may say it meets: the codes of the taxonomy the county
 * uses now ({@link ServiceNeeds}), so a plan's need and a provider's program speak of the
 * same thing.
 */
@Component
class ProgramNeeds {

	private final ServiceNeeds taxonomy;

	ProgramNeeds(ServiceNeeds taxonomy) {
		this.taxonomy = taxonomy;
	}

	boolean known(String code) {
		return taxonomy.current().need(code).isPresent();
	}

	List<String> codes() {
		return taxonomy.current().needs().stream().map(Need::code).toList();
	}

	/** Each need's title in the reader's language, by code, in the taxonomy's order. */
	Map<String, String> titles(Locale locale) {
		Map<String, String> titles = new LinkedHashMap<>();
		taxonomy.current().needs().forEach(need -> titles.put(need.code(), need.title().in(locale)));
		return titles;
	}

}
