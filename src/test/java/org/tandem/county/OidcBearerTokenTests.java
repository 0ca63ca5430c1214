package org.tandem.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;

/**
 * The API accepts bearer tokens of the configured OIDC issuer; the token's
 * {@code preferred_username} names the local account, whose county and roles apply. This
 * class has its own Spring context (the issuer) on the same embedded database.
 */
@TandemTest
class OidcBearerTokenTests {

	private static final MockOAuth2Server ISSUER = new MockOAuth2Server();

	static {
		ISSUER.start();
	}

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri",
				() -> ISSUER.issuerUrl("default").toString());
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.shutdown();
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aTokenForALocalAccountSignsInAsThatAccount() {
		Response me = new ApiClient(port).bearer(token("socialworker")).get("/api/v1/me");

		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		assertThat(me.json().path("username").asString()).isEqualTo("socialworker");
		assertThat(me.json().path("county").path("name").asString()).isEqualTo("Demo County");
		assertThat(me.json().path("roles").values()).extracting(node -> node.asString())
			.containsExactly("SOCIAL_WORKER");
	}

	@Test
	void rolesComeFromTandemNotFromTheToken() {
		String token = ISSUER
			.issueToken(
					"default", "client", new DefaultOAuth2TokenCallback("default", "subject-2",
							JOSEObjectType.JWT.getType(), List.of("api"), Map.of("preferred_username", "socialworker",
									"roles", List.of("COUNTY_ADMIN"), "scope", "admin"),
							3600))
			.serialize();

		Response audit = new ApiClient(port).bearer(token).get("/api/v1/audit/verify");

		assertThat(audit.status()).as(audit.toString()).isEqualTo(403);
		assertThat(audit.code()).isEqualTo("T1008");
	}

	@Test
	void aTokenForSomeoneWithoutALocalAccountIsRefused() {
		Response me = new ApiClient(port).bearer(token("nobody")).get("/api/v1/me");

		assertThat(me.status()).as(me.toString()).isEqualTo(401);
		assertThat(me.contentType()).startsWith("application/problem+json");
		assertThat(me.code()).isEqualTo("T2007");
	}

	@Test
	void aTokenForALockedAccountIsRefused() {
		TestAccounts testAccounts = new TestAccounts(context);
		UserAccount account = testAccounts.create("some-password-1");
		assertThat(new ApiClient(port).bearer(token(account.username())).get("/api/v1/me").status()).isEqualTo(200);

		testAccounts.lock(account, Instant.now().plus(Duration.ofMinutes(15)));

		Response me = new ApiClient(port).bearer(token(account.username())).get("/api/v1/me");
		assertThat(me.status()).as(me.toString()).isEqualTo(401);
		assertThat(me.code()).isEqualTo("T2007");
	}

	@Test
	void noTokenOrAForgedOneIsRefused() {
		Response anonymous = new ApiClient(port).get("/api/v1/me");
		assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
		assertThat(anonymous.code()).isEqualTo("T1007");

		String token = token("socialworker");
		String[] parts = token.split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
		Response refused = new ApiClient(port).bearer(forged).get("/api/v1/me");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.code()).isEqualTo("T1007");
	}

	@Test
	void aTokenOfAnotherIssuerIsRefused() {
		MockOAuth2Server stranger = new MockOAuth2Server();
		stranger.start();
		try {
			String token = stranger
				.issueToken("default", "client",
						new DefaultOAuth2TokenCallback("default", "subject", JOSEObjectType.JWT.getType(),
								List.of("api"), Map.of("preferred_username", "socialworker"), 3600))
				.serialize();

			Response me = new ApiClient(port).bearer(token).get("/api/v1/me");

			assertThat(me.status()).as(me.toString()).isEqualTo(401);
		}
		finally {
			stranger.shutdown();
		}
	}

	@Test
	void basicStillWorksBesideTokens() {
		assertThat(new ApiClient(port).as("socialworker").get("/api/v1/me").status()).isEqualTo(200);
	}

	private static String token(String username) {
		return ISSUER
			.issueToken("default", "client",
					new DefaultOAuth2TokenCallback("default", "subject", JOSEObjectType.JWT.getType(), List.of("api"),
							Map.of("preferred_username", username), 3600))
			.serialize();
	}

}
