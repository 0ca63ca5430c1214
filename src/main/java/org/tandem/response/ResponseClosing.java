package org.tandem.response;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Role;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.platform.YouthId;

/**
 * Closing a response: the lead agency's decision (or a supervisor's), with a reason, once
 * every clock of the response is met. The agencies the response alone held on the youth's
 * team leave it ({@link ResponseClosed}); the response and its clocks stay as they were
 * recorded.
 */
@Service
@Transactional
public class ResponseClosing {

	public static final String CLOSED = "RESPONSE_CLOSED";

	private final Responses responses;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ResponseClosing(Responses responses, JdbcClient jdbc, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.responses = responses;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	public TeamResponse close(UUID responseId, String reason) {
		TeamResponse response = responses.view(responseId);
		CountyMember me = Tenancy.currentMember()
			.orElseThrow(() -> new TandemException(ErrorCode.NOT_THE_LEAD_OF_THE_RESPONSE));
		boolean supervises = me.roleNames().contains(Role.SUPERVISOR.name())
				|| me.roleNames().contains(Role.COUNTY_ADMIN.name());
		if (!supervises && !response.leadAgencyId().equals(me.agencyId())) {
			throw new TandemException(ErrorCode.NOT_THE_LEAD_OF_THE_RESPONSE);
		}
		if (response.closed()) {
			throw new TandemException(ErrorCode.RESPONSE_ALREADY_CLOSED);
		}
		if (!response.clocksMet()) {
			throw new TandemException(ErrorCode.RESPONSE_CLOCKS_OPEN);
		}
		String why = Inputs.reason(reason, "reason", 2000);
		jdbc.sql(
				"update response set closed_at = ?, closed_by = ?, close_reason = ? where id = ? and closed_at is null")
			.params(Timestamp.from(clock.instant()), me.userId(), why, responseId)
			.update();
		audit.record(CLOSED, response.youthId(), Purpose.MDT, response.tier());
		events.publishEvent(new ResponseClosed(ResponseId.of(responseId), YouthId.of(response.youthId())));
		return responses.get(responseId);
	}

}
