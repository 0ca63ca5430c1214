package org.tandem.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.county.Counties;
import org.tandem.county.County;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.Tenancy;
import org.tandem.platform.UserId;

/**
 * Sends the queued e-mails of notifications, durably from PostgreSQL, county by county.
 *
 * <p>
 * Exactly once: a row is claimed in its own short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, state SENDING with a lease in {@code claimed_until}),
 * so a second worker running at the same time, in this or another instance, skips it; the
 * mail is sent outside any transaction, then the row is marked SENT only if it still
 * carries this worker's claim. Rows are only ever PENDING because their notification was
 * committed, so whatever was pending when the application stopped is sent after it starts
 * again.
 *
 * <p>
 * The remaining window: a crash (or lost database connection) after the SMTP server
 * accepted a message and before SENT is committed leaves the row SENDING; when its lease
 * runs out it is sent again. We keep that window to milliseconds (the mark is the very
 * next statement), keep the lease well above the SMTP timeouts so a slow but living
 * worker is never overtaken, and give every message the Message-ID
 * {@code <notification-id@tandem>}: the same id on both copies, so mail servers and
 * clients that de-duplicate by Message-ID show it once. Closing the window fully would
 * need the SMTP server to take part in our transaction, which SMTP cannot.
 */
@Component
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final JdbcClient jdbc;

	private final Tenancy tenancy;

	private final Counties counties;

	private final UserAccounts accounts;

	private final ObjectProvider<JavaMailSender> sender;

	private final NotificationTexts texts;

	private final Notifications notifications;

	private final Clock clock;

	private final String baseUrl;

	private final String from;

	private final Duration lease;

	private final Duration backoff;

	private final int maxAttempts;

	private final int batchSize;

	MailDelivery(JdbcClient jdbc, Tenancy tenancy, Counties counties, UserAccounts accounts,
			ObjectProvider<JavaMailSender> sender, NotificationTexts texts, Notifications notifications, Clock clock,
			@Value("${tandem.base-url:http://localhost:8080}") String baseUrl,
			@Value("${tandem.notifications.mail-from:tandem@localhost}") String from,
			@Value("${tandem.notifications.lease:5m}") Duration lease,
			@Value("${tandem.notifications.retry-backoff:1m}") Duration backoff,
			@Value("${tandem.notifications.max-attempts:8}") int maxAttempts,
			@Value("${tandem.notifications.batch-size:50}") int batchSize) {
		this.jdbc = jdbc;
		this.tenancy = tenancy;
		this.counties = counties;
		this.accounts = accounts;
		this.sender = sender;
		this.texts = texts;
		this.notifications = notifications;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
		this.lease = lease;
		this.backoff = backoff;
		this.maxAttempts = maxAttempts;
		this.batchSize = batchSize;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		if (sender.getIfAvailable() != null) {
			log.info("Notifications: in-app and by e-mail (SMTP configured), links to {}", baseUrl);
		}
		else {
			log.info("Notifications: in-app only (set spring.mail.host to send e-mail)");
		}
	}

	@Scheduled(fixedDelayString = "${tandem.notifications.poll-interval:10s}",
			initialDelayString = "${tandem.notifications.poll-interval:10s}")
	void poll() {
		deliverDue(clock.instant());
	}

	/**
	 * Sends every e-mail due at {@code now} in every county; returns how many were sent.
	 */
	public int deliverDue(Instant now) {
		JavaMailSender mailer = sender.getIfAvailable();
		if (mailer == null) {
			return 0;
		}
		int sent = 0;
		for (County county : counties.findAll()) {
			Claimed batch;
			do {
				batch = tenancy.inCounty(county.id(), () -> claim(now, county));
				for (Outgoing mail : batch.outgoing()) {
					sent += send(mailer, county, mail, now) ? 1 : 0;
				}
			}
			while (batch.rows() == batchSize);
		}
		return sent;
	}

	private record Outgoing(UUID id, int attempts, Instant claim, String email, String subject, String body) {
	}

	/**
	 * How many rows a claim took, and the mails among them (rows without an address are
	 * settled at once).
	 */
	private record Claimed(int rows, List<Outgoing> outgoing) {
	}

	/**
	 * Claims due rows of the current county; rows whose recipient has no address are
	 * settled as SKIPPED.
	 */
	private Claimed claim(Instant now, County county) {
		Instant until = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
		List<Object[]> claimed = jdbc
			.sql("""
					with due as (
					    select notification_id from notification_mail
					    where (state = 'PENDING' and next_attempt_at <= :now) or (state = 'SENDING' and claimed_until <= :now)
					    order by next_attempt_at
					    limit :batch
					    for update skip locked)
					update notification_mail m set state = 'SENDING', claimed_until = :until, attempts = m.attempts + 1
					from due where m.notification_id = due.notification_id
					returning m.notification_id, m.attempts""")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.param("batch", batchSize)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getInt(2) })
			.list();
		return new Claimed(claimed.size(),
				claimed.stream()
					.map(row -> outgoing((UUID) row[0], (int) row[1], until, county))
					.filter(o -> o != null)
					.toList());
	}

	private Outgoing outgoing(UUID id, int attempts, Instant claim, County county) {
		Map<String, Object> row = jdbc
			.sql("""
					select recipient_user_id, kind, link_path, parameters::text as parameters from notification where id = ?""")
			.param(id)
			.query()
			.singleRow();
		UserAccount recipient = accounts.findById(UserId.of((UUID) row.get("recipient_user_id"))).orElse(null);
		if (recipient == null || !recipient.enabled() || recipient.email() == null || recipient.email().isBlank()) {
			jdbc.sql("update notification_mail set state = 'SKIPPED', claimed_until = null where notification_id = ?")
				.param(id)
				.update();
			return null;
		}
		Locale locale = NotificationTexts.locale(recipient.preferredLanguage());
		ZoneId zone = county.timeZone();
		String kind = (String) row.get("kind");
		Map<String, String> params = notifications.params((String) row.get("parameters"));
		String body = texts.text(kind, params, locale, zone) + "\n\n" + texts.get("notification.mail.open", locale)
				+ " " + baseUrl + row.get("link_path") + "\n\n"
				+ texts.get("notification.mail.footer", locale, county.name()) + "\n";
		return new Outgoing(id, attempts, claim, recipient.email().strip(),
				"Tandem: " + texts.subject(kind, params, locale, zone), body);
	}

	private boolean send(JavaMailSender mailer, County county, Outgoing mail, Instant now) {
		try {
			MimeMessage message = mailer.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(from);
			helper.setTo(mail.email());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			// The same id on every attempt: a copy sent again after a crash can be
			// recognised.
			message.setHeader("Message-ID", messageId(mail.id()));
			mailer.send(message);
		}
		catch (MessagingException | MailException ex) {
			String code = errorCode(ex);
			tenancy.inCounty(county.id(), () -> failed(mail, now, code));
			// No address or text in the log: only which notification and why, as a code.
			log.warn("E-mail of notification {} not sent (attempt {}): {}", mail.id(), mail.attempts(), code);
			return false;
		}
		tenancy.inCounty(county.id(), () -> {
			jdbc.sql("""
					update notification_mail set state = 'SENT', sent_at = ?, claimed_until = null, last_error = null
					where notification_id = ? and state = 'SENDING' and claimed_until = ?""")
				.params(Timestamp.from(clock.instant()), mail.id(), Timestamp.from(mail.claim()))
				.update();
		});
		return true;
	}

	private void failed(Outgoing mail, Instant now, String code) {
		boolean last = mail.attempts() >= maxAttempts;
		long factor = 1L << Math.min(mail.attempts() - 1, 8);
		Duration wait = backoff.multipliedBy(factor);
		Duration capped = wait.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : wait;
		jdbc.sql("""
				update notification_mail set state = ?, next_attempt_at = ?, claimed_until = null, last_error = ?
				where notification_id = ? and state = 'SENDING' and claimed_until = ?""")
			.params(last ? "FAILED" : "PENDING", Timestamp.from(now.plus(capped)), code, mail.id(),
					Timestamp.from(mail.claim()))
			.update();
	}

	static String messageId(UUID notificationId) {
		return "<" + notificationId + "@tandem>";
	}

	private static String errorCode(Exception ex) {
		if (ex instanceof MailAuthenticationException) {
			return "SMTP_AUTH";
		}
		if (ex instanceof MailSendException) {
			return "SMTP_SEND";
		}
		if (ex instanceof MailParseException || ex instanceof MailPreparationException
				|| ex instanceof MessagingException) {
			return "MAIL_PREPARE";
		}
		return "SMTP_OTHER";
	}

}
