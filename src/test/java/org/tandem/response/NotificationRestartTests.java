package org.tandem.response;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.ApiClient;
import org.tandem.MailServer;
import org.tandem.TandemApplication;
import org.tandem.TestData;
import org.tandem.county.Counties;
import org.tandem.county.Role;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.notification.MailDelivery;
import org.tandem.platform.Tenancy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durability across a restart: the application is started, notifications are created and
 * left unsent, the application is stopped and started again on the same database (data
 * directory), and then every pending mail is sent exactly once, and the clock alarm
 * raised before the stop is not raised again. A mail whose worker died while sending
 * (lease run out) is sent after the restart with the same Message-ID.
 */
class NotificationRestartTests {

	static final MailServer MAIL = new MailServer();

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	private static ConfigurableApplicationContext start(Path dataDirectory) {
		// Arguments outrank the test profile, which asks for a fresh temporary database.
		return new SpringApplicationBuilder(TandemApplication.class).profiles("test")
			.run("--tandem.database.embedded.data-directory=" + dataDirectory, "--server.port=0",
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + MAIL.port());
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	private static long count(ConfigurableApplicationContext context, UUID county, String sql, Object... params) {
		return context.getBean(Tenancy.class)
			.inCounty(county,
					() -> context.getBean(JdbcClient.class).sql(sql).params(params).query(Long.class).single());
	}

	@Test
	void pendingMailsAreSentOnceAfterARestartAndAlarmsAreNotRepeated() throws Exception {
		Path data = Files.createTempDirectory("tandem-restart-");
		UUID youth;
		UUID county;
		UUID noAddress;
		Instant now;
		try (ConfigurableApplicationContext first = start(data)) {
			ApiClient hotline = new ApiClient(port(first)).as("hotline");
			county = first.getBean(Counties.class).findByName("Demo County").orElseThrow().id();
			// A member of the lead agency without an e-mail address: in-app only.
			UUID agency = UUID.fromString(new ApiClient(port(first)).as("socialworker").agencyId());
			noAddress = UUID.randomUUID();
			UserAccount account = new UserAccount(county, noAddress, "noaddress", "No Address", null, agency,
					EnumSet.of(Role.SOCIAL_WORKER), true, null, "es");
			first.getBean(Tenancy.class).inCounty(county, () -> first.getBean(UserAccounts.class).save(account, null));

			youth = hotline.post("/api/v1/youth", TestData.youth()).id();
			now = first.getBean(Clock.class).instant();
			Map<String, Object> body = new HashMap<>();
			body.put("tier", "IMMEDIATE_CRISIS");
			// Identified 1 h 45 min ago: the 2-hour clock is amber.
			body.put("identifiedAt",
					OffsetDateTime.ofInstant(now.minus(Duration.ofMinutes(105)), ZoneOffset.UTC).toString());
			body.put("jurisdiction", "CHILD_WELFARE");
			assertThat(hotline.post("/api/v1/youth/" + youth + "/responses", body).status()).isEqualTo(201);
			first.getBean(ClockAlarms.class).raise(now);
			// socialworker, supervisor and noaddress: started + amber each.
			assertThat(count(first, county, "select count(*) from notification where link_path = ?", "/youth/" + youth))
				.isEqualTo(6);
			// One mail whose worker "died" while sending: claimed, lease not yet over,
			// never marked.
			first.getBean(Tenancy.class)
				.inCounty(county,
						() -> first.getBean(JdbcClient.class)
							.sql("""
									update notification_mail m set state = 'SENDING', attempts = 1, claimed_until = ?
									from notification n, app_user u
									where n.id = m.notification_id and u.id = n.recipient_user_id and u.username = 'supervisor'
									  and n.kind = 'CLOCK_AMBER' and n.link_path = ?""")
							.params(Timestamp.from(first.getBean(Clock.class).instant().plus(Duration.ofMinutes(5))),
									"/youth/" + youth)
							.update());
		}
		assertThat(mailsFor(youth)).as("nothing sent before the restart").isEmpty();

		try (ConfigurableApplicationContext second = start(data)) {
			second.getBean(ClockAlarms.class).raise(now);
			second.getBean(ClockAlarms.class).raise(now.plus(Duration.ofMinutes(1)));
			assertThat(
					count(second, county, "select count(*) from notification where link_path = ?", "/youth/" + youth))
				.as("the amber alarm is not raised again")
				.isEqualTo(6);

			MailDelivery delivery = second.getBean(MailDelivery.class);
			Instant later = second.getBean(Clock.class).instant();
			delivery.deliverDue(later);
			delivery.deliverDue(later);
			// Three mails to the two members with an address; the one held by a dead
			// worker waits for its lease.
			assertThat(mailsFor(youth)).hasSize(3);
			delivery.deliverDue(later.plus(Duration.ofMinutes(6)));
			delivery.deliverDue(later.plus(Duration.ofMinutes(7)));
			List<String> ids = mailsFor(youth).stream().map(MailServer::messageId).toList();
			assertThat(ids).hasSize(4).doesNotHaveDuplicates();
			assertThat(mailsFor(youth).stream().map(MailServer::to).distinct())
				.containsExactlyInAnyOrder("socialworker@demo.tandem.example", "supervisor@demo.tandem.example");
			assertThat(count(second, county, """
					select count(*) from notification_mail m join notification n on n.id = m.notification_id
					where n.recipient_user_id = ? and m.state = 'SKIPPED'""", noAddress)).isEqualTo(2);
		}
	}

	/**
	 * The mails about this youth's response (each mail's link names the youth's record,
	 * never the youth).
	 */
	private static List<jakarta.mail.internet.MimeMessage> mailsFor(UUID youth) {
		return MAIL.messages()
			.stream()
			.filter(message -> MailServer.body(message).contains("/youth/" + youth))
			.toList();
	}

}
