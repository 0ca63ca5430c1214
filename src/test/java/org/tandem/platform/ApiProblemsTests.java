package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;

/**
 * Whatever goes wrong, an API client reads an RFC 9457 problem with a catalogue code,
 * never a page.
 */
@TandemTest
class ApiProblemsTests {

	@LocalServerPort
	int port;

	@Test
	void anUnknownAddressIsNotFound() {
		Response missing = new ApiClient(port).as("socialworker").get("/api/v1/no-such-thing");

		assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.code()).isEqualTo("T1004");
	}

	@Test
	void anUnsupportedMethodIsNamed() {
		Response refused = new ApiClient(port).as("socialworker")
			.send("DELETE", "/api/v1/youth", BodyPublishers.noBody(), null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(405);
		assertThat(refused.code()).isEqualTo("T1005");
	}

	@Test
	void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
		Response refused = new ApiClient(port).as("socialworker")
			.send("POST", "/api/v1/youth", BodyPublishers.ofString("firstName=Ana"),
					"application/x-www-form-urlencoded");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
		assertThat(refused.code()).isEqualTo("T1006");
	}

	@Test
	void aBadQueryParameterIsNamed() {
		Response refused = new ApiClient(port).as("socialworker").get("/api/v1/youth?page=first");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("T1003");
	}

	@Test
	void theApiKeepsNoSession() {
		ApiClient worker = new ApiClient(port).as("socialworker");

		Response me = worker.get("/api/v1/me");
		Response created = worker.post("/api/v1/youth", TestData.youth());

		assertThat(me.status()).isEqualTo(200);
		assertThat(created.status()).isEqualTo(201);
		assertThat(me.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		assertThat(created.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
	}

	@Test
	void signInProblemsAreInTheCallersLanguageToo() {
		Response english = new ApiClient(port).header("Accept-Language", "en").get("/api/v1/me");
		Response espanol = new ApiClient(port).header("Accept-Language", "es").get("/api/v1/me");

		assertThat(english.status()).isEqualTo(401);
		assertThat(espanol.status()).isEqualTo(401);
		assertThat(espanol.code()).isEqualTo("T1007");
		assertThat(espanol.json().path("detail").asString()).isNotBlank()
			.isNotEqualTo(english.json().path("detail").asString());
	}

}
