package org.tandem.task;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.UserAccounts;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.platform.Texts;
import org.tandem.response.ResponseSharing;
import org.tandem.sharing.Category;
import org.tandem.status.StatusService;
import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;

/**
 * What is done to an open task: handed to another agency (and person), or completed, by a
 * person who may see it or by a record that answers it ({@link Tasks} opens and lists
 * them).
 */
@Service
@Transactional
class OpenTasks {

	private final JdbcClient jdbc;

	private final StatusService status;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ResponseSharing sharing;

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final CrisisTasks crisisTasks;

	OpenTasks(JdbcClient jdbc, StatusService status, AuditLog audit, Clock clock, ApplicationEventPublisher events,
			ResponseSharing sharing, Agencies agencies, UserAccounts accounts, CrisisTasks crisisTasks) {
		this.jdbc = jdbc;
		this.status = status;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
		this.sharing = sharing;
		this.agencies = agencies;
		this.accounts = accounts;
		this.crisisTasks = crisisTasks;
	}

	/**
	 * The task, if the signed-in person may see it (one they may not is "not found", as
	 * in lists).
	 */
	private Task find(UUID id) {
		Task task = jdbc.sql("select " + Tasks.COLUMNS + " from task where id = ?")
			.param(id)
			.query(Tasks::map)
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.TASK_NOT_FOUND));
		if (task.type().reveals() == Category.CSE_STATUS && !status.maySeeDetails(YouthId.of(task.youthId()))) {
			throw new TandemException(ErrorCode.TASK_NOT_FOUND);
		}
		if (task.type().reveals() != Category.CSE_STATUS) {
			sharing.require(task.youthId(), Category.MDT_MINUTES);
			sharing.require(task.youthId(), task.type().reveals());
		}
		return task;
	}

	/**
	 * Gives an open task to another agency (and person): the new owner joins the youth's
	 * team and is told; the agency that had it leaves the team, unless something else
	 * keeps it there.
	 */
	Task reassign(UUID id, UUID ownerAgencyId, UUID ownerUserId) {
		Task task = find(id);
		if (!task.open()) {
			throw new TandemException(ErrorCode.TASK_ALREADY_DONE);
		}
		if (ownerAgencyId == null || agencies.findById(AgencyId.of(ownerAgencyId)).isEmpty()) {
			throw TandemException.onField(ErrorCode.UNKNOWN_AGENCY, "ownerAgencyId");
		}
		if (ownerUserId != null && accounts.findById(UserId.of(ownerUserId))
			.filter(user -> ownerAgencyId.equals(user.agencyId()))
			.isEmpty()) {
			throw TandemException.onField(ErrorCode.UNKNOWN_PERSON, "ownerUserId");
		}
		jdbc.sql("update task set owner_agency_id = ?, owner_user_id = ? where id = ? and status = 'OPEN'")
			.params(ownerAgencyId, ownerUserId, id)
			.update();
		audit.record(Tasks.TASK_REASSIGNED, task.youthId(), Purpose.current(), task.type().name());
		events.publishEvent(new TaskAssigned(TaskId.of(id), YouthId.of(task.youthId()), task.type(),
				AgencyId.of(ownerAgencyId), UserId.of(ownerUserId), task.dueAt()));
		if (!ownerAgencyId.equals(task.owner().agencyId())) {
			events.publishEvent(new TaskReleased(TaskId.of(id), YouthId.of(task.youthId()),
					AgencyId.of(task.owner().agencyId()), true));
		}
		return jdbc.sql("select " + Tasks.COLUMNS + " from task where id = ?").param(id).query(Tasks::map).single();
	}

	/**
	 * Marks a task done at the time it was done, with the report number the agency gave.
	 */
	Task complete(UUID id, Instant doneAt, String reportNumber, String note) {
		Task task = find(id);
		if (!task.open()) {
			throw new TandemException(ErrorCode.TASK_ALREADY_DONE);
		}
		if (task.type().needsReportNumber() && (reportNumber == null || reportNumber.isBlank())) {
			throw TandemException.onField(ErrorCode.REPORT_NUMBER_REQUIRED, "reportNumber");
		}
		Inputs.text(reportNumber, "reportNumber", 100);
		Inputs.text(note, "note", 2000);
		Instant done = doneAt == null ? clock.instant() : doneAt;
		if (done.isAfter(clock.instant())) {
			throw TandemException.onField(ErrorCode.DATE_IN_FUTURE, "doneAt");
		}
		jdbc.sql(
				"""
						update task set status = 'DONE', done_at = ?, completed_at = ?, completed_by = ?, report_number = ?, note = ?
						where id = ? and status = 'OPEN'""")
			.params(Timestamp.from(done), Timestamp.from(clock.instant()),
					Tenancy.currentMember().map(CountyMember::userId).orElse(null),
					reportNumber == null || reportNumber.isBlank() ? null : reportNumber.strip(),
					Texts.blankToNull(note), id)
			.update();
		audit.record(Tasks.TASK_DONE, task.youthId(), Purpose.current(), task.type().name());
		events.publishEvent(new TaskReleased(TaskId.of(id), YouthId.of(task.youthId()),
				AgencyId.of(task.owner().agencyId()), false));
		crisisTasks.stabilizedIfDone(task);
		return jdbc.sql("select " + Tasks.COLUMNS + " from task where id = ?").param(id).query(Tasks::map).single();
	}

	/**
	 * Marks the open task of this type about this subject done, if there is one (a record
	 * that answers it).
	 */
	void completeFor(TaskType type, UUID subjectId, Instant doneAt, String note) {
		jdbc.sql("select id from task where task_type = ? and subject_id = ? and status = 'OPEN'")
			.params(type.name(), subjectId)
			.query(UUID.class)
			.optional()
			.ifPresent(id -> complete(id, doneAt.isAfter(clock.instant()) ? clock.instant() : doneAt, null,
					note == null || note.length() <= 2000 ? note : null));
	}

}
