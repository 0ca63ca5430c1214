package org.tandem.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TestData;

/** Youth and brief screens for the screening tests, made over the real API. */
final class ScreeningFixtures {

	static final String BRIEF = "tandem-brief-screen";

	/** The twelve items of the brief screen, version 1, by indicator. */
	static final List<String> BRIEF_ITEMS = List.of("wh-1", "wh-2", "wh-3", "wh-4", "cr-1", "cr-2", "cr-3", "cr-4",
			"ex-1", "ex-2", "ex-3", "ex-4");

	private ScreeningFixtures() {
	}

	/** Every brief item answered NO except those given, answered YES. */
	static Map<String, String> briefAnswers(String... yes) {
		Map<String, String> answers = new LinkedHashMap<>();
		BRIEF_ITEMS.forEach(item -> answers.put(item, "NO"));
		for (String item : yes) {
			answers.put(item, "YES");
		}
		return answers;
	}

	static Map<String, Object> screening(String instrumentId, int version, Map<String, String> answers,
			Map<String, List<String>> sources) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("instrumentId", instrumentId);
		body.put("instrumentVersion", version);
		body.put("answers", answers);
		body.put("sources", sources);
		body.put("scriptConfirmed", true);
		return body;
	}

	static Map<String, Object> brief(Map<String, String> answers) {
		return screening(BRIEF, 1, answers, Map.of());
	}

	/**
	 * A new youth of the client's county, of the given age in whole years (give or take a
	 * few days), with an open case at the client's agency (so the client is on the
	 * youth's team).
	 */
	static UUID youthAged(ApiClient client, int years) {
		Map<String, Object> youth = TestData.youth(TestData.word(), TestData.word(),
				LocalDate.now().minusYears(years).minusDays(20));
		youth.put("agencyIds", List.of(client.agencyId()));
		return youth(client, youth);
	}

	static UUID youth(ApiClient client, Map<String, Object> body) {
		body.put("confirmNotDuplicate", true);
		Response created = client.post("/api/v1/youth", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	static Response submit(ApiClient client, UUID youthId, Map<String, Object> screening) {
		return client.post("/api/v1/youth/" + youthId + "/screenings", screening);
	}

	/** Submits and expects it to be recorded; returns the screening's id. */
	static UUID submitted(ApiClient client, UUID youthId, Map<String, Object> screening) {
		Response response = submit(client, youthId, screening);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.id();
	}

}
