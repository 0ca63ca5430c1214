package org.tandem.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tandem.ApiClient;
import org.tandem.TandemTest;
import org.tandem.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instrument chooser on the youth record: each choice names its form once, and the
 * instrument a definition gives a role by default is the one chosen (the brief screen for
 * nurses, hotline and law enforcement; the full screen for the others).
 */
@TandemTest
class ScreeningChooserTests {

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void eachChoiceNamesItsFormOnceInBothLanguages() {
		UUID youthId = youth();
		for (String lang : List.of("en", "es")) {
			String section = PageSession.signedIn(port, "socialworker")
				.get("/youth/" + youthId + "/screenings?lang=" + lang)
				.body();
			List<String> options = options(section);
			assertThat(options).as(lang).isNotEmpty();
			for (String option : options) {
				for (String form : List.of("full form", "brief form", "versión completa", "versión breve")) {
					assertThat(option.split(Pattern.quote(form), -1).length - 1).as(option).isLessThanOrEqualTo(1);
				}
			}
		}
	}

	@Test
	void nursesGetTheBriefScreenByDefaultAsItsDefinitionSays() {
		UUID youthId = youth();
		assertThat(selected("nurse", youthId)).isEqualTo("tandem-brief-screen");
		assertThat(selected("hotline", youthId)).isEqualTo("tandem-brief-screen");
		assertThat(selected("socialworker", youthId)).isEqualTo("tandem-indicator-screen");
		assertThat(new ApiClient(port).as("nurse").get("/api/v1/instruments").body())
			.contains("\"defaultForRoles\":[\"HOTLINE\",\"LAW_ENFORCEMENT\",\"NURSE\"]");
	}

	private UUID youth() {
		ApiClient worker = new ApiClient(port).as("socialworker");
		return worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId())).id();
	}

	private String selected(String user, UUID youthId) {
		String section = PageSession.signedIn(port, user).get("/youth/" + youthId + "/screenings").body();
		Matcher selected = Pattern.compile("<option value=\"([^\"]+)\" selected=\"selected\"").matcher(section);
		assertThat(selected.find()).as(user + " has a chosen instrument: " + section).isTrue();
		return selected.group(1);
	}

	private static List<String> options(String html) {
		return Pattern.compile("<option[^>]*>([^<]*)</option>").matcher(html).results().map(m -> m.group(1)).toList();
	}

}
