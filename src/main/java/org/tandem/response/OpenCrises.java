package org.tandem.response;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;

/**
 * One immediate crisis at a time for a youth, unless someone confirms a new one: a second
 * report of the same crisis would double its clocks and tasks. A crisis is open while one
 * of its clocks is not met (its first hours are not over until the team has met them, or
 * said why late).
 */
@Component
@org.springframework.transaction.annotation.Transactional // the county's rows are read in
															// a transaction
class OpenCrises {

	private final JdbcClient jdbc;

	private final YouthRegistry youth;

	private final ResponseSharing sharing;

	OpenCrises(JdbcClient jdbc, YouthRegistry youth, ResponseSharing sharing) {
		this.jdbc = jdbc;
		this.youth = youth;
		this.sharing = sharing;
	}

	/**
	 * Refuses ({@link ErrorCode#CRISIS_ALREADY_OPEN}, naming the open response) a second
	 * crisis not confirmed as new.
	 */
	public void refuseSecond(UUID youthId, String tier, Boolean confirmed) {
		if (youthId == null || !"IMMEDIATE_CRISIS".equalsIgnoreCase(tier == null ? "" : tier.strip())
				|| Boolean.TRUE.equals(confirmed)) {
			return;
		}
		// Asked only of who may start a response for the youth, as the start itself asks.
		youth.requireExists(youthId);
		sharing.require(youthId, Category.IDENTITY);
		open(youthId).ifPresent(open -> {
			throw new TandemException(ErrorCode.CRISIS_ALREADY_OPEN)
				.with(Map.of("openResponseId", open, "openResponse", "/api/v1/responses/" + open));
		});
	}

	public Optional<UUID> open(UUID youthId) {
		return jdbc.sql("""
				select r.id from response r where r.youth_id = ? and r.tier = 'IMMEDIATE_CRISIS'
				and exists (select 1 from response_clock c where c.county_id = r.county_id and c.response_id = r.id
				    and c.met_at is null)
				order by r.identified_at desc limit 1""").param(youthId).query(UUID.class).optional();
	}

}
