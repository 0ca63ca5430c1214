package org.tandem.task;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.response.HotlineReportRecorded;
import org.tandem.response.MandatedReportsOwed;
import org.tandem.status.StatusService;
import org.tandem.platform.AgencyId;
import org.tandem.platform.YouthId;

/**
 * A call to the hotline that reports a suspicion already recorded is the mandated report
 * of it: the hotline names the open tasks the call answers, and they are done as of the
 * call, with the hotline report's id as their report number (the link to the report).
 * Only the tasks named are closed: another reporter's duty is not done by someone else's
 * call unless the hotline says so.
 */
@Component
class HotlineReportAnswers implements MandatedReportsOwed {

	private final JdbcClient jdbc;

	private final StatusService status;

	private final AuditLog audit;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	HotlineReportAnswers(JdbcClient jdbc, StatusService status, AuditLog audit, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.status = status;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<Owed> openFor(UUID youthId) {
		if (youthId == null || !status.maySeeDetails(YouthId.of(youthId))) {
			return List.of();
		}
		return jdbc.sql("""
				select id, owner_agency_id, due_at from task
				where youth_id = ? and task_type = 'HOTLINE_REPORT' and status = 'OPEN' order by due_at""")
			.param(youthId)
			.query((rs, n) -> new Owed(rs.getObject("id", UUID.class), rs.getObject("owner_agency_id", UUID.class),
					rs.getTimestamp("due_at").toInstant()))
			.list();
	}

	/**
	 * Runs in the report's transaction: a task that cannot be answered refuses the whole
	 * report.
	 */
	@EventListener
	void recorded(HotlineReportRecorded report) {
		if (report.mandatedReportTaskIds().isEmpty()) {
			return;
		}
		if (!status.maySeeDetails(report.youthId())) {
			throw TandemException.onField(ErrorCode.NOT_AN_OPEN_MANDATED_REPORT, "mandatedReportTaskIds");
		}
		Instant now = clock.instant();
		Instant done = report.receivedAt().isAfter(now) ? now : report.receivedAt();
		UUID by = Tenancy.currentMember().map(CountyMember::userId).orElse(null);
		for (UUID task : report.mandatedReportTaskIds().stream().distinct().toList()) {
			UUID owner = jdbc.sql("""
					update task set status = 'DONE', done_at = ?, completed_at = ?, completed_by = ?, report_number = ?
					where id = ? and youth_id = ? and task_type = 'HOTLINE_REPORT' and status = 'OPEN'
					returning owner_agency_id""")
				.params(Timestamp.from(done), Timestamp.from(now), by, report.reportId().toString(), task,
						report.youthId().value())
				.query(UUID.class)
				.optional()
				.orElseThrow(
						() -> TandemException.onField(ErrorCode.NOT_AN_OPEN_MANDATED_REPORT, "mandatedReportTaskIds"));
			audit.record(Tasks.TASK_DONE, report.youthId().value(), Purpose.current(), TaskType.HOTLINE_REPORT.name());
			events.publishEvent(new TaskReleased(TaskId.of(task), report.youthId(), AgencyId.of(owner), false));
		}
	}

}
