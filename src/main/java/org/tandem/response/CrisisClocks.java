package org.tandem.response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Tenancy;

/**
 * The crisis's {@value #STABILIZE} clock is met when what it asks is done: when the last
 * of the immediate crisis's 72-hour tasks (placement, basic needs, medical and
 * mental-health evaluations, safety plan) is done, at the time it was done. Only in time:
 * a clock met late needs the reason for the delay, which a person gives
 * ({@link Responses#meet}).
 */
@Service
@Transactional
public class CrisisClocks {

	public static final String STABILIZE = "stabilize";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Responses responses;

	CrisisClocks(JdbcClient jdbc, AuditLog audit, Responses responses) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.responses = responses;
	}

	/**
	 * The immediate crisis response with this id and its clocks; empty when there is none
	 * (nothing thrown).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<TeamResponse> crisis(UUID responseId) {
		boolean exists = jdbc.sql("select exists (select 1 from response where id = ? and tier = 'IMMEDIATE_CRISIS')")
			.param(responseId)
			.query(Boolean.class)
			.single();
		return exists ? java.util.Optional.of(responses.get(responseId)) : java.util.Optional.empty();
	}

	/** Every 72-hour task of the response is done, the last at {@code doneAt}. */
	public void crisisTasksDone(UUID youthId, UUID responseId, Instant doneAt) {
		int met = jdbc.sql("""
				update response_clock set met_at = ?, met_by = ?
				where response_id = ? and name = ? and met_at is null and due_at >= ?""")
			.params(Timestamp.from(doneAt), Tenancy.currentMember().map(CountyMember::userId).orElse(null), responseId,
					STABILIZE, Timestamp.from(doneAt))
			.update();
		if (met == 1) {
			audit.record(Responses.CLOCK_MET, youthId, Purpose.MDT, STABILIZE);
		}
	}

}
