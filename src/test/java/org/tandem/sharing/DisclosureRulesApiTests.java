package org.tandem.sharing;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counties import their own versions of the rules; the newest is in force at once.
 * (Second County only.)
 */
@TandemTest
class DisclosureRulesApiTests {

	@LocalServerPort
	int port;

	@Test
	void theShippedRulesAreInForceUntilTheCountyImportsANewerVersion() throws Exception {
		ApiClient admin = new ApiClient(port).as("admin2");
		Response current = new ApiClient(port).as("socialworker2").get("/api/v1/disclosure-rules/current");
		assertThat(current.status()).as(current.toString()).isEqualTo(200);
		assertThat(current.json().path("origin").asString()).isEqualTo("shipped");
		assertThat(current.json().path("policies").size()).isEqualTo(Category.values().length);
		assertThat(admin.get("/api/v1/disclosure-rules/schema").status()).isEqualTo(200);

		String shipped = current.json().path("text").asString();
		String v2 = shipped.replace("version: 1", "version: 2");
		Response refused = new ApiClient(port).as("socialworker2")
			.send("POST", "/api/v1/disclosure-rules", java.net.http.HttpRequest.BodyPublishers.ofString(v2),
					"application/yaml");
		assertThat(refused.status()).isEqualTo(403);

		Response invalid = admin.send("POST", "/api/v1/disclosure-rules",
				java.net.http.HttpRequest.BodyPublishers.ofString(v2.replace(
						"[CHILD_WELFARE, MENTAL_HEALTH, PUBLIC_HEALTH]", "[CHILD_WELFARE, WITCHCRAFT, PUBLIC_HEALTH]")),
				"application/yaml");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.code()).isEqualTo("T5001");
		assertThat(invalid.json().path("errors").get(0).path("field").asString())
			.isEqualTo("$.categories[2].rules[0].agencyTypes[1]");

		Response imported = admin.send("POST", "/api/v1/disclosure-rules",
				java.net.http.HttpRequest.BodyPublishers.ofString(v2), "application/yaml");
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		Response now = new ApiClient(port).as("socialworker2").get("/api/v1/disclosure-rules/current");
		assertThat(now.json().path("version").asInt()).isEqualTo(2);
		assertThat(now.json().path("origin").asString()).isEqualTo("county");

		Response again = admin.send("POST", "/api/v1/disclosure-rules",
				java.net.http.HttpRequest.BodyPublishers.ofString(v2), "application/yaml");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("T4101");
		// the demo county still has the shipped rules
		assertThat(new ApiClient(port).as("socialworker")
			.get("/api/v1/disclosure-rules/current")
			.json()
			.path("origin")
			.asString()).isEqualTo("shipped");
	}

}
