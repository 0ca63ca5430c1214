package org.tandem.task;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.tandem.platform.UserId;

/**
 * Raises the alarm of every open task past its due time, from the stored times on every
 * run; nothing is held in memory, so a restart neither loses an alarm nor repeats one.
 *
 * <p>
 * Each alarm sets {@code overdue_notified_at} on its task in the same transaction as its
 * notifications, and the job reads only rows whose marker is empty through a partial
 * index. Rows are locked with SKIP LOCKED, and the dedupe key {@code task:{id}:overdue}
 * settles any race between two instances.
 */
@Component
class TaskAlarms {

	static final String TASK_OVERDUE = "TASK_OVERDUE";

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final CountyBatches batches;

	private final Counties counties;

	private final UserAccounts accounts;

	private final Notifications notifications;

	private final Clock clock;

	TaskAlarms(JdbcClient jdbc, CountyBatches batches, Counties counties, UserAccounts accounts,
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
	 * Raises every overdue-task alarm due at {@code now} in every county; returns how
	 * many tasks alarmed.
	 */
	int raise(Instant now) {
		return batches.inEachCounty(counties.findAll().stream().map(County::id).toList(), BATCH, () -> tasks(now));
	}

	private record DueTask(UUID id, UUID youthId, String type, UUID agencyId, UUID userId, Instant dueAt) {
	}

	private int tasks(Instant now) {
		List<DueTask> due = jdbc.sql("""
				select id, youth_id, task_type, owner_agency_id, owner_user_id, due_at from task
				where status = 'OPEN' and overdue_notified_at is null and due_at <= :now
				order by due_at
				limit :batch
				for update skip locked""")
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.query((rs, n) -> new DueTask(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
					rs.getString("task_type"), rs.getObject("owner_agency_id", UUID.class),
					rs.getObject("owner_user_id", UUID.class), rs.getTimestamp("due_at").toInstant()))
			.list();
		if (due.isEmpty()) {
			return 0;
		}
		List<UserAccount> people = accounts.findAll();
		for (DueTask task : due) {
			List<UserId> to = task.userId() != null ? List.of(new UserId(task.userId()))
					: NotificationRecipients.actingMembers(people, AgencyId.of(task.agencyId()));
			notifications.notify(new Notice(to, TASK_OVERDUE, "task:" + task.id() + ":overdue", "/tasks",
					Map.of("at", task.dueAt().toString(), "task", task.type(), "reveals",
							TaskType.valueOf(task.type()).reveals().name()))
				.about(YouthId.of(task.youthId())));
			jdbc.sql("update task set overdue_notified_at = ? where id = ?")
				.params(Timestamp.from(now), task.id())
				.update();
		}
		return due.size();
	}

}
