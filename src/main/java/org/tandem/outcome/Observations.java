package org.tandem.outcome;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.outcome.Measure.Period;

/** The observations of the county's youth: one row each, only ever added. */
@Repository
class Observations {

	private final JdbcClient jdbc;

	Observations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Observation o) {
		jdbc.sql("""
				insert into outcome_observation (county_id, id, youth_id, measure_id, domain, value, observed_on,
				    period, source, note, framework_id, framework_version, recorded_by, recorded_agency, recorded_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(o.id(), o.youthId(), o.measureId(), o.domain().name(), o.value(), o.observedOn(), o.period().name(),
					o.source(), o.note(), o.frameworkId(), o.frameworkVersion(), o.recordedBy(), o.recordedAgency(),
					Timestamp.from(o.recordedAt()))
			.update();
	}

	/** A youth's observations of one measure, by day and then in the order recorded. */
	List<Observation> of(UUID youthId, String measureId) {
		return jdbc.sql("""
				select id, youth_id, measure_id, domain, value, observed_on, period, source, note, framework_id,
				       framework_version, recorded_by, recorded_agency, recorded_at
				from outcome_observation
				where youth_id = ? and measure_id = ?
				order by observed_on, recorded_at, id""")
			.params(youthId, measureId)
			.query((rs, n) -> new Observation(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
					rs.getString("measure_id"), Domain.valueOf(rs.getString("domain")),
					rs.getBigDecimal("value").stripTrailingZeros(),
					rs.getObject("observed_on", java.time.LocalDate.class), Period.valueOf(rs.getString("period")),
					rs.getString("source"), rs.getString("note"), rs.getString("framework_id"),
					rs.getInt("framework_version"), rs.getObject("recorded_by", UUID.class),
					rs.getObject("recorded_agency", UUID.class), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/** The measures a youth has observations of. */
	List<String> measuresOf(UUID youthId) {
		return jdbc.sql("select distinct measure_id from outcome_observation where youth_id = ?")
			.param(youthId)
			.query(String.class)
			.list();
	}

}
