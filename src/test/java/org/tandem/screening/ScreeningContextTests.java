package org.tandem.screening;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A screening may say where it took place and how long the screener had known the youth
 * (both optional; reports count by them); an amendment keeps them.
 */
@TandemTest
class ScreeningContextTests {

	@LocalServerPort
	int port;

	@Test
	void theSettingAndHowLongTheScreenerKnewTheYouthAreRecordedAndKeptByAnAmendment() {
		ApiClient worker = new ApiClient(this.port).as("socialworker");
		UUID youth = ScreeningFixtures.youthAged(worker, 14);
		Map<String, Object> body = ScreeningFixtures.brief(ScreeningFixtures.briefAnswers());
		body.put("setting", "EMERGENCY_ROOM");
		body.put("knownYouthFor", "UNDER_A_MONTH");

		Response created = ScreeningFixtures.submit(worker, youth, body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("setting").asString()).isEqualTo("EMERGENCY_ROOM");
		JsonNode read = worker.get("/api/v1/screenings/" + created.id()).json();
		assertThat(read.path("knownYouthFor").asString()).isEqualTo("UNDER_A_MONTH");

		Response amended = worker.post("/api/v1/screenings/" + created.id() + "/amendments",
				Map.of("answers", ScreeningFixtures.briefAnswers("wh-1"), "reason", "A second look"));
		assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
		assertThat(amended.json().path("setting").asString()).isEqualTo("EMERGENCY_ROOM");
		assertThat(amended.json().path("knownYouthFor").asString()).isEqualTo("UNDER_A_MONTH");
	}

	@Test
	void bothAreOptionalAndAnUnknownSettingIsRefused() {
		ApiClient worker = new ApiClient(this.port).as("socialworker");
		UUID youth = ScreeningFixtures.youthAged(worker, 15);
		Response plain = ScreeningFixtures.submit(worker, youth,
				ScreeningFixtures.brief(ScreeningFixtures.briefAnswers()));
		assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
		assertThat(plain.json().has("setting")).isFalse();

		Map<String, Object> body = ScreeningFixtures.brief(ScreeningFixtures.briefAnswers());
		body.put("setting", "ON_THE_MOON");
		Response refused = ScreeningFixtures.submit(worker, youth, body);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
	}

}
