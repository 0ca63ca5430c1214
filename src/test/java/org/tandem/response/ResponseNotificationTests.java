package org.tandem.response;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.ApiClient;
import org.tandem.MailServer;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.county.Counties;
import org.tandem.notification.MailDelivery;
import org.tandem.platform.Tenancy;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import org.tandem.platform.YouthId;
import org.tandem.platform.AgencyId;
import org.tandem.protocol.ResponseTier;

/**
 * What notifies whom, once: a started response tells the lead agency's members in-app and
 * by e-mail (a real SMTP server counts the mails), an event handled twice notifies no one
 * twice, concurrent deliveries send one mail each, an SMTP outage is retried and then
 * delivered once, a clock past its warn time raises one AMBER alarm, and no mail carries
 * the youth's name.
 */
@TandemTest
class ResponseNotificationTests {

	static final MailServer MAIL = new MailServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", MAIL::port);
	}

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	MailDelivery delivery;

	@Autowired
	ClockAlarms alarms;

	@Autowired
	Clock clock;

	@Autowired
	Tenancy tenancy;

	@Autowired
	Counties counties;

	@Autowired
	ApplicationEventPublisher events;

	private ApiClient as(String user) {
		return new ApiClient(port).as(user);
	}

	private record Youth(UUID id, String firstName, String lastName) {
	}

	private Youth youth() {
		Map<String, Object> body = TestData.youth();
		UUID id = as("hotline").post("/api/v1/youth", body).id();
		return new Youth(id, (String) body.get("firstName"), (String) body.get("lastName"));
	}

	private UUID startCrisis(Youth youth, Duration ago) {
		Map<String, Object> body = new HashMap<>();
		body.put("tier", "IMMEDIATE_CRISIS");
		body.put("identifiedAt",
				OffsetDateTime.ofInstant(clock.instant().minus(ago), ZoneOffset.ofHours(-8)).toString());
		body.put("jurisdiction", "CHILD_WELFARE");
		ApiClient.Response started = as("hotline").post("/api/v1/youth/" + youth.id() + "/responses", body);
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.id();
	}

	/** The user's notifications of one kind that point at the youth. */
	private List<JsonNode> notifications(String user, String kind, Youth youth) {
		ApiClient.Response list = as(user).get("/api/v1/notifications?size=200");
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		List<JsonNode> found = new ArrayList<>();
		for (JsonNode node : list.json()) {
			if (node.path("kind").asString().equals(kind)
					&& node.path("link").asString().equals("/youth/" + youth.id())) {
				found.add(node);
			}
		}
		return found;
	}

	private UUID only(String user, String kind, Youth youth) {
		List<JsonNode> found = notifications(user, kind, youth);
		assertThat(found).as(user + " " + kind).hasSize(1);
		return UUID.fromString(found.get(0).path("id").asString());
	}

	@Test
	void aStartedResponseNotifiesEachLeadAgencyMemberOnceInAppAndByMail() {
		Youth youth = youth();
		startCrisis(youth, Duration.ofMinutes(10));
		UUID social = only("socialworker", "RESPONSE_STARTED", youth);
		UUID supervisor = only("supervisor", "RESPONSE_STARTED", youth);
		// Neither the hotline who handed it on, nor other agencies, nor administrators by
		// role alone.
		for (String other : List.of("hotline", "admin", "analyst", "probation", "clinician")) {
			assertThat(notifications(other, "RESPONSE_STARTED", youth)).as(other).isEmpty();
		}
		JsonNode unread = as("socialworker").get("/api/v1/notifications?unread=true&size=200").json();
		assertThat(unread.toString()).contains(social.toString());

		delivery.deliverDue(clock.instant());
		delivery.deliverDue(clock.instant());

		List<MimeMessage> toSocial = MAIL.forNotification(social);
		assertThat(toSocial).hasSize(1);
		assertThat(MailServer.to(toSocial.get(0))).isEqualTo("socialworker@demo.tandem.example");
		assertThat(MailServer.subject(toSocial.get(0))).contains("immediate crisis response has started");
		String body = MailServer.body(toSocial.get(0));
		assertThat(body).contains("An immediate crisis response has started for a youth your agency leads")
			.contains("http://localhost:8080/youth/" + youth.id())
			.doesNotContain(youth.firstName())
			.doesNotContain(youth.lastName());
		assertThat(MAIL.forNotification(supervisor)).hasSize(1);
		assertThat(MailServer.to(MAIL.forNotification(supervisor).get(0))).isEqualTo("supervisor@demo.tandem.example");

		// Read: gone from the unread list, and the bell's count agrees.
		ApiClient.Response read = as("socialworker").post("/api/v1/notifications/" + social + "/read", Map.of());
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().path("readAt").asString()).isNotBlank();
		assertThat(as("socialworker").get("/api/v1/notifications?unread=true&size=200").json().toString())
			.doesNotContain(social.toString());
	}

	@Test
	void theSameEventHandledTwiceNotifiesOnce() {
		Youth youth = youth();
		UUID county = counties.findByName("Demo County").orElseThrow().id();
		UUID lead = UUID.fromString(as("socialworker").agencyId());
		ResponseStarted event = new ResponseStarted(ResponseId.of(UUID.randomUUID()), YouthId.of(youth.id()),
				ResponseTier.IMMEDIATE_CRISIS, "CHILD_WELFARE", AgencyId.of(lead), clock.instant(), null);
		tenancy.inCounty(county, () -> events.publishEvent(event));
		tenancy.inCounty(county, () -> events.publishEvent(event));
		only("socialworker", "RESPONSE_STARTED", youth);
		only("supervisor", "RESPONSE_STARTED", youth);
	}

	@Test
	void twoDeliveriesAtOnceSendEachMailOnce() throws Exception {
		Youth youth = youth();
		startCrisis(youth, Duration.ofMinutes(5));
		UUID social = only("socialworker", "RESPONSE_STARTED", youth);
		UUID supervisor = only("supervisor", "RESPONSE_STARTED", youth);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService workers = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(workers.submit(() -> {
					go.await();
					return delivery.deliverDue(clock.instant());
				}));
			}
			go.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			workers.shutdown();
		}
		assertThat(MAIL.forNotification(social)).hasSize(1);
		assertThat(MAIL.forNotification(supervisor)).hasSize(1);
	}

	@Test
	void anSmtpOutageIsRetriedAndTheMailDeliveredOnce() {
		Youth youth = youth();
		MAIL.stop();
		UUID social;
		try {
			startCrisis(youth, Duration.ofMinutes(5));
			social = only("socialworker", "RESPONSE_STARTED", youth);
			delivery.deliverDue(clock.instant());
		}
		finally {
			MAIL.start();
		}
		Instant now = clock.instant();
		delivery.deliverDue(now);
		assertThat(MAIL.forNotification(social)).as("still waiting for its retry time").isEmpty();
		delivery.deliverDue(now.plus(Duration.ofMinutes(2)));
		delivery.deliverDue(now.plus(Duration.ofMinutes(30)));
		assertThat(MAIL.forNotification(social)).hasSize(1);
	}

	@Test
	void aClockPastItsWarnTimeRaisesOneAmberAlarmThenOneOverdue() {
		Youth youth = youth();
		// The 2-hour engagement clock warns 30 minutes before: identified 1 h 45 min ago,
		// it is amber.
		startCrisis(youth, Duration.ofMinutes(105));
		Instant now = clock.instant();
		alarms.raise(now);
		alarms.raise(now);
		UUID amber = only("socialworker", "CLOCK_AMBER", youth);
		only("supervisor", "CLOCK_AMBER", youth);
		assertThat(notifications("socialworker", "CLOCK_OVERDUE", youth)).isEmpty();

		alarms.raise(now.plus(Duration.ofMinutes(20)));
		alarms.raise(now.plus(Duration.ofMinutes(25)));
		only("socialworker", "CLOCK_OVERDUE", youth);
		assertThat(notifications("socialworker", "CLOCK_AMBER", youth)).hasSize(1);

		delivery.deliverDue(clock.instant());
		List<MimeMessage> mails = MAIL.forNotification(amber);
		assertThat(mails).hasSize(1);
		assertThat(MailServer.body(mails.get(0))).contains("nears its deadline")
			.doesNotContain(youth.firstName())
			.doesNotContain(youth.lastName());
	}

	@Test
	void anotherPersonsNotificationIsNotFound() {
		Youth youth = youth();
		startCrisis(youth, Duration.ofMinutes(5));
		UUID social = only("socialworker", "RESPONSE_STARTED", youth);
		ApiClient.Response refused = as("supervisor").post("/api/v1/notifications/" + social + "/read", Map.of());
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.code()).isEqualTo("T9401");
		assertThat(as("socialworker").get("/api/v1/notifications?size=0").status()).isEqualTo(400);
	}

}
