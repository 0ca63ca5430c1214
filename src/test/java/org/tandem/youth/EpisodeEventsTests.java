package org.tandem.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Response;
import org.tandem.TandemTest;
import org.tandem.TestData;
import tools.jackson.databind.JsonNode;
import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;

/**
 * The episode events other modules react to: published once per change, with who recorded
 * it, and inside the transaction that records it, so a listener's work commits or fails
 * with it. Refused changes publish nothing.
 */
@TandemTest
class EpisodeEventsTests {

	/** An event as a listener saw it, and whether a transaction was open around it. */
	record Seen(Object event, boolean inTransaction) {
	}

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext context;

	final List<Seen> seen = new CopyOnWriteArrayList<>();

	ApplicationListener<ApplicationEvent> listener;

	ApiClient worker;

	UUID youthId;

	@BeforeEach
	void listen() {
		// Added to the shared context at run time (not as a bean), so the context stays
		// the one other tests share.
		listener = event -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& (payload.getPayload() instanceof RunawayEpisodeStarted
							|| payload.getPayload() instanceof RunawayEpisodeEnded)) {
				seen.add(new Seen(payload.getPayload(), TransactionSynchronizationManager.isActualTransactionActive()));
			}
		};
		context.addApplicationListener(listener);
		worker = new ApiClient(port).as("socialworker");
		youthId = worker.post("/api/v1/youth", TestData.youthOf(worker.agencyId())).id();
	}

	@AfterEach
	void stopListening() {
		context
			.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
					ApplicationEventMulticaster.class)
			.removeApplicationListener(listener);
	}

	@Test
	void startAndReturnArePublishedInTheirTransactions() {
		JsonNode me = worker.get("/api/v1/me").json();
		UUID userId = UUID.fromString(me.path("id").asString());
		UUID agencyId = UUID.fromString(me.path("agency").path("id").asString());

		Response started = worker.post("/api/v1/youth/" + youthId + "/episodes",
				Map.of("startedAt", "2026-03-08T01:30:00-08:00"));
		UUID episodeId = started.id();
		worker.post("/api/v1/episodes/" + episodeId + "/end", Map.of("endedAt", "2026-03-08T20:00:00-07:00"));

		List<Seen> mine = seen.stream().filter(s -> youthOf(s.event()).equals(youthId)).toList();
		assertThat(mine).hasSize(2);
		assertThat(mine).allSatisfy(s -> assertThat(s.inTransaction()).as("published in a transaction").isTrue());
		assertThat(mine.get(0).event())
			.isEqualTo(new RunawayEpisodeStarted(YouthId.of(youthId), EpisodeId.of(episodeId),
					Instant.parse("2026-03-08T09:30:00Z"), UserId.of(userId), AgencyId.of(agencyId)));
		assertThat(mine.get(1).event()).isEqualTo(new RunawayEpisodeEnded(YouthId.of(youthId), EpisodeId.of(episodeId),
				Instant.parse("2026-03-08T09:30:00Z"), Instant.parse("2026-03-09T03:00:00Z"), UserId.of(userId),
				AgencyId.of(agencyId)));
	}

	@Test
	void refusedChangesPublishNothing() {
		UUID episodeId = worker
			.post("/api/v1/youth/" + youthId + "/episodes", Map.of("startedAt", "2026-03-08T01:30:00-08:00"))
			.id();

		assertThat(worker.post("/api/v1/youth/" + youthId + "/episodes", Map.of("startedAt", "2026-03-09T01:30:00Z"))
			.code()).isEqualTo("T8005");
		assertThat(
				worker.post("/api/v1/episodes/" + episodeId + "/end", Map.of("endedAt", "2026-03-01T00:00:00Z")).code())
			.isEqualTo("T8003");

		assertThat(seen.stream().filter(s -> youthOf(s.event()).equals(youthId))).hasSize(1);
	}

	private static UUID youthOf(Object event) {
		return event instanceof RunawayEpisodeStarted started ? started.youthId().value()
				: ((RunawayEpisodeEnded) event).youthId().value();
	}

}
