package org.tandem.response;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.county.Counties;
import org.tandem.county.County;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.notification.Notice;
import org.tandem.notification.NotificationRecipients;
import org.tandem.notification.Notifications;
import org.tandem.platform.CountyBatches;
import org.tandem.platform.YouthId;
import org.tandem.platform.AgencyId;

/**
 * Raises the alarms of response clocks from their stored times on every run; nothing is
 * held in memory, so a restart neither loses an alarm (it is raised on the next run) nor
 * repeats one. (Overdue tasks alarm the same way in the task module.)
 *
 * <p>
 * A clock past its warn time is AMBER ("nears its deadline"), past its due time OVERDUE.
 * Each raised alarm sets a marker on its row ({@code amber_notified_at},
 * {@code overdue_notified_at}) in the same transaction as its notifications, and the job
 * reads only rows whose marker is empty through partial indexes, so a run costs what is
 * newly due, not every clock the state ever started. Rows are locked with SKIP LOCKED,
 * and the notification's dedupe key ({@code clock:{response}:{name}:amber|overdue})
 * settles any race between two instances.
 */
@Component
class ClockAlarms {

	static final String CLOCK_AMBER = "CLOCK_AMBER", CLOCK_OVERDUE = "CLOCK_OVERDUE";

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final CountyBatches batches;

	private final Counties counties;

	private final UserAccounts accounts;

	private final Notifications notifications;

	private final Clock clock;

	ClockAlarms(JdbcClient jdbc, CountyBatches batches, Counties counties, UserAccounts accounts,
			Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.counties = counties;
		this.accounts = accounts;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tandem.notifications.alarm-interval:60s}",
			initialDelayString = "${tandem.notifications.alarm-interval:60s}")
	void poll() {
		raise(clock.instant());
	}

	/**
	 * Raises every clock alarm due at {@code now} in every county; returns how many
	 * clocks alarmed.
	 */
	int raise(Instant now) {
		return batches.inEachCounty(counties.findAll().stream().map(County::id).toList(), BATCH, () -> clocks(now));
	}

	private record DueClock(UUID responseId, UUID youthId, String name, UUID agencyId, Instant dueAt, boolean overdue) {
	}

	private int clocks(Instant now) {
		List<DueClock> due = jdbc.sql("""
				select c.response_id, r.youth_id, c.name, c.owner_agency_id, c.due_at, c.due_at <= :now as overdue
				from response_clock c join response r on r.county_id = c.county_id and r.id = c.response_id
				where c.met_at is null and c.overdue_notified_at is null and c.warn_at <= :now
				  and (c.amber_notified_at is null or c.due_at <= :now)
				order by c.warn_at
				limit :batch
				for update of c skip locked""")
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.query((rs, n) -> new DueClock(rs.getObject("response_id", UUID.class),
					rs.getObject("youth_id", UUID.class), rs.getString("name"),
					rs.getObject("owner_agency_id", UUID.class), rs.getTimestamp("due_at").toInstant(),
					rs.getBoolean("overdue")))
			.list();
		if (due.isEmpty()) {
			return 0;
		}
		List<UserAccount> people = accounts.findAll();
		for (DueClock clock : due) {
			String level = clock.overdue() ? "overdue" : "amber";
			notifications.notify(new Notice(NotificationRecipients.actingMembers(people, AgencyId.of(clock.agencyId())),
					clock.overdue() ? CLOCK_OVERDUE : CLOCK_AMBER,
					"clock:" + clock.responseId() + ":" + clock.name() + ":" + level, "/youth/" + clock.youthId(),
					Map.of("at", clock.dueAt().toString(), "clock", clock.name()))
				.about(YouthId.of(clock.youthId())));
			// Overdue settles amber too: a clock first seen late raises one alarm, not
			// two.
			jdbc.sql("""
					update response_clock set amber_notified_at = coalesce(amber_notified_at, :now),
					    overdue_notified_at = case when :overdue then :now else overdue_notified_at end
					where response_id = :response and name = :name""")
				.param("now", Timestamp.from(now))
				.param("overdue", clock.overdue())
				.param("response", clock.responseId())
				.param("name", clock.name())
				.update();
		}
		return due.size();
	}

}
