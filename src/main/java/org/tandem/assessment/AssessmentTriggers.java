package org.tandem.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.county.Counties;
import org.tandem.response.ResponseStarted;
import org.tandem.youth.PlacementRecorded;

/**
 * Records the events after which the needs and strengths assessment is due: the youth's
 * identification (a team response starts) and each placement change. Runs in the
 * transaction of the event, so the fact and its trigger are kept together; a replayed
 * event records nothing new.
 */
@Component
class AssessmentTriggers {

	static final String IDENTIFICATION = "IDENTIFICATION", PLACEMENT_CHANGE = "PLACEMENT_CHANGE";

	private final JdbcClient jdbc;

	private final Counties counties;

	private final Clock clock;

	AssessmentTriggers(JdbcClient jdbc, Counties counties, Clock clock) {
		this.jdbc = jdbc;
		this.counties = counties;
		this.clock = clock;
	}

	@EventListener
	void on(ResponseStarted started) {
		record(started.youthId().value(), IDENTIFICATION, started.responseId().value(),
				started.identifiedAt().atZone(counties.currentZone()).toLocalDate());
	}

	@EventListener
	void on(PlacementRecorded placement) {
		record(placement.youthId().value(), PLACEMENT_CHANGE, placement.placementId().value(), placement.startedOn());
	}

	private void record(UUID youthId, String reason, UUID sourceId, LocalDate occurredOn) {
		jdbc.sql("""
				insert into assessment_trigger (county_id, youth_id, reason, source_id, occurred_on, recorded_at)
				values (current_county(), ?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(youthId, reason, sourceId, occurredOn, Timestamp.from(clock.instant()))
			.update();
	}

}
