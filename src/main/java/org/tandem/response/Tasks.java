package org.tandem.response;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;

/**
 * The county's tasks. A task of one type is created at most once per subject (the database
 * enforces it), so an event handled twice, or replayed after a restart, never duplicates one.
 */
@Service
@Transactional
public class Tasks {

	public static final String TASK_DONE = "TASK_DONE";

	private static final String COLUMNS = """
			id, youth_id, task_type, subject_id, due_at, owner_agency_id, owner_user_id, status, created_at, done_at,
			report_number, note""";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	Tasks(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens a task due {@code type.within()} after {@code from}; nothing if one exists for the subject. */
	public void open(UUID youthId, TaskType type, UUID subjectId, Instant from, Task.Owner owner) {
		jdbc.sql("""
				insert into task (county_id, id, youth_id, task_type, subject_id, due_at, owner_agency_id, owner_user_id,
				    created_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (county_id, task_type, subject_id) do nothing""")
			.params(UUID.randomUUID(), youthId, type.name(), subjectId, Timestamp.from(from.plus(type.within())),
					owner.agencyId(), owner.userId(), Timestamp.from(clock.instant()))
			.update();
	}

	/** Whether a task of this type exists (open or done) for any of these subjects. */
	public boolean existsFor(TaskType type, List<UUID> subjects) {
		return jdbc.sql("select exists (select 1 from task where task_type = ? and subject_id = any(?))")
			.params(type.name(), subjects.toArray(UUID[]::new))
			.query(Boolean.class)
			.single();
	}

	/** Tasks of the county by status ({@code open}, {@code done} or all), soonest due first. */
	@Transactional(readOnly = true)
	public List<Task> list(String status, int limit) {
		String state = status == null ? "" : status.strip().toUpperCase(java.util.Locale.ROOT);
		if (!state.isEmpty() && !state.equals("OPEN") && !state.equals("DONE")) {
			throw TandemException.onField(ErrorCode.T1003, "status", "status");
		}
		return jdbc.sql("select " + COLUMNS + " from task where (? = '' or status = ?) order by due_at limit ?")
			.params(state, state, limit)
			.query(Tasks::map)
			.list();
	}

	@Transactional(readOnly = true)
	public List<Task> forYouth(UUID youthId) {
		return jdbc.sql("select " + COLUMNS + " from task where youth_id = ? order by due_at").param(youthId).query(Tasks::map).list();
	}

	/** Marks a task done at the time it was done, with the report number the agency gave. */
	public Task complete(UUID id, Instant doneAt, String reportNumber, String note) {
		Task task = jdbc.sql("select " + COLUMNS + " from task where id = ?")
			.param(id)
			.query(Tasks::map)
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.T9001));
		if (!task.open()) {
			throw new TandemException(ErrorCode.T9002);
		}
		if (task.type().needsReportNumber() && (reportNumber == null || reportNumber.isBlank())) {
			throw TandemException.onField(ErrorCode.T9003, "reportNumber");
		}
		Instant done = doneAt == null ? clock.instant() : doneAt;
		if (done.isAfter(clock.instant())) {
			throw TandemException.onField(ErrorCode.T7002, "doneAt");
		}
		jdbc.sql("""
				update task set status = 'DONE', done_at = ?, completed_at = ?, completed_by = ?, report_number = ?, note = ?
				where id = ? and status = 'OPEN'""")
			.params(Timestamp.from(done), Timestamp.from(clock.instant()),
					Tenancy.currentMember().map(CountyMember::userId).orElse(null),
					reportNumber == null || reportNumber.isBlank() ? null : reportNumber.strip(),
					note == null || note.isBlank() ? null : note.strip(), id)
			.update();
		audit.record(TASK_DONE, task.youthId(), Purpose.current(), task.type().name());
		return jdbc.sql("select " + COLUMNS + " from task where id = ?").param(id).query(Tasks::map).single();
	}

	private static Task map(ResultSet rs, int row) throws SQLException {
		Timestamp done = rs.getTimestamp("done_at");
		return new Task(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				TaskType.valueOf(rs.getString("task_type")), rs.getObject("subject_id", UUID.class),
				rs.getTimestamp("due_at").toInstant(),
				new Task.Owner(rs.getObject("owner_agency_id", UUID.class), rs.getObject("owner_user_id", UUID.class)),
				rs.getString("status"), rs.getTimestamp("created_at").toInstant(), done == null ? null : done.toInstant(),
				rs.getString("report_number"), rs.getString("note"));
	}
}
