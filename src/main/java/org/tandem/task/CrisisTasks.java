package org.tandem.task;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Tenancy;
import org.tandem.response.CrisisClocks;
import org.tandem.platform.YouthId;
import org.tandem.platform.AgencyId;

/**
 * An immediate crisis's 72-hour tasks as a set: a record that answers one for every open
 * crisis of the youth (the safety plan), and the {@code stabilize} clock met when the
 * last of them is done.
 */
@Component
class CrisisTasks {

	private final JdbcClient jdbc;

	private final CrisisClocks crisisClocks;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CrisisTasks(JdbcClient jdbc, CrisisClocks crisisClocks, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.crisisClocks = crisisClocks;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * When the last 72-hour task of a crisis is done, what the {@code stabilize} clock
	 * asks is done.
	 */
	void stabilizedIfDone(Task task) {
		stabilizedIfDone(task.type(), task.youthId(), task.subjectId());
	}

	private void stabilizedIfDone(TaskType type, UUID youthId, UUID responseId) {
		if (!TaskType.CRISIS.contains(type)) {
			return;
		}
		String[] crisis = TaskType.CRISIS.stream().map(Enum::name).toArray(String[]::new);
		jdbc.sql("""
				select max(done_at) from task where subject_id = ? and task_type = any(?::text[])
				having count(*) filter (where status = 'OPEN') = 0""")
			.params(responseId, crisis)
			.query(Timestamp.class)
			.optional()
			.ifPresent(last -> crisisClocks.crisisTasksDone(youthId, responseId, last.toInstant()));
	}

	/**
	 * Marks the youth's open tasks of this type done (a record that answers them all,
	 * such as a safety plan for every open crisis). The record's own save was allowed: no
	 * further check.
	 */
	void completeAllOfYouth(TaskType type, UUID youthId, Instant doneAt, String note) {
		record Open(UUID id, UUID subjectId, UUID agencyId) {
		}
		List<Open> open = jdbc
			.sql("""
					select id, subject_id, owner_agency_id from task where youth_id = ? and task_type = ? and status = 'OPEN'""")
			.params(youthId, type.name())
			.query((rs, n) -> new Open(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
					rs.getObject("owner_agency_id", UUID.class)))
			.list();
		for (Open task : open) {
			jdbc.sql("""
					update task set status = 'DONE', done_at = ?, completed_at = ?, completed_by = ?, note = ?
					where id = ? and status = 'OPEN'""")
				.params(Timestamp.from(doneAt), Timestamp.from(clock.instant()),
						Tenancy.currentMember().map(CountyMember::userId).orElse(null), note, task.id())
				.update();
			audit.record(Tasks.TASK_DONE, youthId, Purpose.current(), type.name());
			events.publishEvent(
					new TaskReleased(TaskId.of(task.id()), YouthId.of(youthId), AgencyId.of(task.agencyId()), false));
			stabilizedIfDone(type, youthId, task.subjectId());
		}
	}

}
