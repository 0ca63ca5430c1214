package org.tandem.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.platform.Inputs;
import org.tandem.response.ResponseSharing;
import org.tandem.sharing.Category;
import org.tandem.status.StatusService;
import org.tandem.youth.YouthRegistry;
import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;

/**
 * The county's tasks. A task of one type is created at most once per subject (the
 * database enforces it), so an event handled twice, or replayed after a restart, never
 * duplicates one.
 */
@Service
@Transactional
public class Tasks {

	public static final String TASK_DONE = "TASK_DONE", TASK_REASSIGNED = "TASK_REASSIGNED", LISTED = "TASKS_LISTED";

	static final String COLUMNS = """
			id, youth_id, task_type, subject_id, due_at, owner_agency_id, owner_user_id, status, created_at, done_at,
			report_number, note, title""";

	private final JdbcClient jdbc;

	private final StatusService status;

	private final YouthRegistry youth;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ResponseSharing sharing;

	Tasks(JdbcClient jdbc, StatusService status, YouthRegistry youth, AuditLog audit, Clock clock,
			ApplicationEventPublisher events, ResponseSharing sharing) {
		this.sharing = sharing;
		this.jdbc = jdbc;
		this.status = status;
		this.youth = youth;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Opens a task due {@code type.within()} after {@code from}; nothing if one exists
	 * for the subject.
	 */
	public void open(UUID youthId, TaskType type, UUID subjectId, Instant from, Task.Owner owner) {
		open(youthId, type, subjectId, List.of(), from, owner);
	}

	/**
	 * Opens a task that also covers other things (for example every incident a report
	 * rests on).
	 */
	public void open(UUID youthId, TaskType type, UUID subjectId, List<UUID> covers, Instant from, Task.Owner owner) {
		UUID id = UUID.randomUUID();
		Instant due = from.plus(type.within());
		int created = jdbc
			.sql("""
					insert into task (county_id, id, youth_id, task_type, subject_id, due_at, owner_agency_id, owner_user_id,
					    created_at)
					values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (county_id, task_type, subject_id) do nothing""")
			.params(id, youthId, type.name(), subjectId, Timestamp.from(due), owner.agencyId(), owner.userId(),
					Timestamp.from(clock.instant()))
			.update();
		if (created == 1) {
			events.publishEvent(new TaskAssigned(TaskId.of(id), YouthId.of(youthId), type,
					AgencyId.of(owner.agencyId()), UserId.of(owner.userId()), due));
			for (UUID covered : covers) {
				jdbc.sql(
						"""
								insert into task_cover (county_id, task_type, covered_id, task_id) values (current_county(), ?, ?, ?)
								on conflict do nothing""")
					.params(type.name(), covered, id)
					.update();
			}
		}
	}

	/**
	 * Opens an MDT action item: the team's words, due when the team said, owned by an
	 * agency (and a person, when named); nothing if one exists for the subject (the
	 * action item's id).
	 */
	public void assign(UUID youthId, UUID subjectId, String title, Instant dueAt, Task.Owner owner) {
		UUID id = UUID.randomUUID();
		int created = jdbc
			.sql("""
					insert into task (county_id, id, youth_id, task_type, subject_id, due_at, owner_agency_id, owner_user_id,
					    created_at, title)
					values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (county_id, task_type, subject_id) do nothing""")
			.params(id, youthId, TaskType.MDT_ACTION_ITEM.name(), subjectId, Timestamp.from(dueAt), owner.agencyId(),
					owner.userId(), Timestamp.from(clock.instant()), title.strip())
			.update();
		if (created == 1) {
			events.publishEvent(new TaskAssigned(TaskId.of(id), YouthId.of(youthId), TaskType.MDT_ACTION_ITEM,
					AgencyId.of(owner.agencyId()), UserId.of(owner.userId()), dueAt));
		}
	}

	/**
	 * Whether a task of this type already covers all of these (as its subject or
	 * otherwise).
	 */
	public boolean coversAll(TaskType type, List<UUID> subjects) {
		return jdbc.sql("""
				select count(distinct s) = cardinality(?::uuid[]) from unnest(?::uuid[]) s
				where exists (select 1 from task t where t.task_type = ? and t.subject_id = s)
				   or exists (select 1 from task_cover c where c.task_type = ? and c.covered_id = s)""")
			.params(subjects.toArray(UUID[]::new), subjects.toArray(UUID[]::new), type.name(), type.name())
			.query(Boolean.class)
			.single();
	}

	/**
	 * The tasks of this type about these subjects (an MDT's action items), for the asking
	 * module to show within what it already checked; neither decided nor audited here.
	 */
	@Transactional(readOnly = true)
	public List<Task> forSubjects(TaskType type, List<UUID> subjectIds) {
		return jdbc.sql("select " + COLUMNS + " from task where task_type = ? and subject_id = any(?::uuid[])")
			.params(type.name(), subjectIds.toArray(UUID[]::new))
			.query(Tasks::map)
			.list();
	}

	/**
	 * Tasks of the county by status ({@code open}, {@code done} or all), soonest due
	 * first.
	 */
	@Transactional // not read-only: break-glass use is audited
	public List<Task> list(String status, int limit) {
		Status wanted = Inputs.choice(Status.class, status, "status");
		String state = wanted == null ? "" : wanted.name();
		List<Task> shown = visible(
				jdbc.sql("select " + COLUMNS + " from task where (? = '' or status = ?) order by due_at limit ?")
					.params(state, state, limit)
					.query(Tasks::map)
					.list());
		// tasks name their youth: each youth shown is audited, as search results are
		audit.recordAll(LISTED, shown.stream().map(Task::youthId).distinct().toList(), Purpose.current(), "tasks");
		return shown;
	}

	/** The states a list of tasks may be asked for. */
	enum Status {

		OPEN, DONE

	}

	@Transactional // not read-only: break-glass use is audited
	public List<Task> forYouth(UUID youthId) {
		youth.requireExists(youthId);
		sharing.require(youthId, Category.MDT_MINUTES);
		return audit.seen(LISTED, youthId, "tasks of the youth",
				() -> visible(jdbc.sql("select " + COLUMNS + " from task where youth_id = ? order by due_at")
					.param(youthId)
					.query(Tasks::map)
					.list()));
	}

	/**
	 * A task is shown only to those who may see the category it reveals
	 * ({@link TaskType#reveals}): a hotline report, to those who may see the youth's
	 * status; every other task also needs the youth's MDT information. One decision per
	 * youth and category.
	 */
	private List<Task> visible(List<Task> tasks) {
		java.util.Map<String, Boolean> may = new java.util.HashMap<>();
		return tasks.stream().filter(task -> maySee(task, may)).toList();
	}

	private boolean maySee(Task task, java.util.Map<String, Boolean> may) {
		Category reveals = task.type().reveals();
		if (reveals == Category.CSE_STATUS) {
			return may.computeIfAbsent(task.youthId() + ":status",
					key -> status.maySeeDetails(YouthId.of(task.youthId())));
		}
		return may.computeIfAbsent(task.youthId() + ":" + Category.MDT_MINUTES,
				key -> sharing.decide(task.youthId(), Category.MDT_MINUTES).allowed())
				&& may.computeIfAbsent(task.youthId() + ":" + reveals,
						key -> sharing.decide(task.youthId(), reveals).allowed());
	}

	static Task map(ResultSet rs, int row) throws SQLException {
		Timestamp done = rs.getTimestamp("done_at");
		return new Task(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				TaskType.valueOf(rs.getString("task_type")), rs.getObject("subject_id", UUID.class),
				rs.getTimestamp("due_at").toInstant(),
				new Task.Owner(rs.getObject("owner_agency_id", UUID.class), rs.getObject("owner_user_id", UUID.class)),
				rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
				done == null ? null : done.toInstant(), rs.getString("report_number"), rs.getString("note"),
				rs.getString("title"));
	}

}
