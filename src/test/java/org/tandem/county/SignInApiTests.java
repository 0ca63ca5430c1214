package org.tandem.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import tools.jackson.databind.JsonNode;

/**
 * Signing in to the API with HTTP Basic: who you are, wrong passwords, and the lockout.
 */
@TandemTest
class SignInApiTests {

	private static final String PASSWORD = "correct-horse-battery-1";

	@LocalServerPort
	int port;

	@Value("${tandem.security.max-failed-attempts}")
	int maxAttempts;

	@Autowired
	ApplicationContext context;

	TestAccounts testAccounts;

	@BeforeEach
	void accounts() {
		testAccounts = new TestAccounts(context);
	}

	@Test
	void meDescribesTheSignedInWorker() {
		Response me = new ApiClient(port).as("socialworker").get("/api/v1/me");

		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		assertThat(me.contentType()).startsWith("application/json");
		JsonNode json = me.json();
		assertThat(json.path("username").asString()).isEqualTo("socialworker");
		assertThat(json.path("displayName").asString()).isEqualTo("Sam Social Worker");
		assertThat(json.path("county").path("name").asString()).isEqualTo("Demo County");
		assertThat(json.path("county").path("id").asString()).isEqualTo(testAccounts.demoCounty().toString());
		assertThat(json.path("agency").path("type").asString()).isEqualTo("CHILD_WELFARE");
		assertThat(json.path("agency").path("name").asString()).isNotBlank();
		assertThat(json.path("roles").values()).extracting(JsonNode::asString).containsExactly("SOCIAL_WORKER");
		assertThat(me.body()).doesNotContain("password").doesNotContain("{bcrypt}");
	}

	@Test
	void usernamesAreNotCaseSensitive() {
		Response me = new ApiClient(port).as("SocialWorker").get("/api/v1/me");

		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		assertThat(me.json().path("username").asString()).isEqualTo("socialworker");
	}

	@Test
	void meOfAnotherCountysWorkerNamesTheirCounty() {
		Response me = new ApiClient(port).as("socialworker2").get("/api/v1/me");

		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		assertThat(me.json().path("county").path("name").asString()).isEqualTo("Second County");
	}

	@Test
	void aWrongPasswordIsAProblemNotAPage() {
		UserAccount account = testAccounts.create(PASSWORD);

		Response refused = new ApiClient(port).as(account.username(), "not-the-password").get("/api/v1/me");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.code()).isEqualTo("T1007");
		assertThat(refused.json().path("status").asInt()).isEqualTo(401);
		assertThat(refused.header("WWW-Authenticate"))
			.hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
	}

	@Test
	void anUnknownUserAndNoCredentialsAreRefusedAlike() {
		Response unknown = new ApiClient(port).as("nobody-at-all", "whatever").get("/api/v1/me");
		Response anonymous = new ApiClient(port).get("/api/v1/me");

		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(401);
		assertThat(unknown.code()).isEqualTo("T1007");
		assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(anonymous.code()).isEqualTo("T1007");
	}

	@Test
	void locksTheAccountAfterRepeatedWrongPasswordsUntilAnAdministratorUnlocksIt() {
		UserAccount account = testAccounts.create(PASSWORD);
		ApiClient guesser = new ApiClient(port).as(account.username(), "guess");
		ApiClient owner = new ApiClient(port).as(account.username(), PASSWORD);
		assertThat(owner.get("/api/v1/me").status()).isEqualTo(200);

		for (int attempt = 1; attempt <= maxAttempts; attempt++) {
			assertThat(guesser.get("/api/v1/me").status()).as("wrong password, attempt %d", attempt).isEqualTo(401);
		}

		Response locked = owner.get("/api/v1/me");
		assertThat(locked.status()).as("the right password on a locked account: %s", locked).isEqualTo(401);
		assertThat(locked.code()).isEqualTo("T1007");
		Instant lockedUntil = testAccounts.reload(account).lockedUntil();
		assertThat(lockedUntil).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
				Instant.now().plus(Duration.ofMinutes(16)));

		testAccounts.unlock(account);

		Response unlocked = owner.get("/api/v1/me");
		assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
		assertThat(unlocked.json().path("username").asString()).isEqualTo(account.username());
		assertThat(testAccounts.reload(account).lockedUntil()).isNull();
	}

	@Test
	void aSuccessfulSignInStartsTheCountAnew() {
		UserAccount account = testAccounts.create(PASSWORD);
		ApiClient guesser = new ApiClient(port).as(account.username(), "guess");
		ApiClient owner = new ApiClient(port).as(account.username(), PASSWORD);

		for (int round = 0; round < 2; round++) {
			for (int attempt = 1; attempt < maxAttempts; attempt++) {
				assertThat(guesser.get("/api/v1/me").status()).isEqualTo(401);
			}
			assertThat(owner.get("/api/v1/me").status()).as("round %d", round).isEqualTo(200);
		}
		assertThat(testAccounts.reload(account).lockedUntil()).isNull();
	}

	@Test
	void aLockedAccountStaysLockedWhenTheLockIsStillRunning() {
		UserAccount account = testAccounts.create(PASSWORD);
		testAccounts.lock(account, Instant.now().plus(Duration.ofMinutes(5)));

		assertThat(new ApiClient(port).as(account.username(), PASSWORD).get("/api/v1/me").status()).isEqualTo(401);

		testAccounts.lock(account, Instant.now().minus(Duration.ofMinutes(1)));
		assertThat(new ApiClient(port).as(account.username(), PASSWORD).get("/api/v1/me").status())
			.as("a lock that has run out")
			.isEqualTo(200);
	}

}
