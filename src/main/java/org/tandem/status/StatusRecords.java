package org.tandem.status;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.status.StatusValues.IncidentKind;
import org.tandem.status.StatusValues.IncidentSource;
import org.tandem.status.StatusValues.Kind;
import org.tandem.status.StatusValues.Source;
import org.tandem.status.StatusValues.State;

/** Determinations and incidents of the current county, with the links between them. */
@Repository
class StatusRecords {

	private static final String DETERMINATION = """
			select d.id, d.youth_id, d.kind, d.determined_on, d.source, d.screening_id, d.note, d.determined_by,
			       d.agency_id, d.recorded_at, d.state, d.closed_on, d.last_known_on, d.close_reason,
			       coalesce((select array_agg(l.incident_id) from incident_determination l
			                 where l.county_id = d.county_id and l.determination_id = d.id), '{}') as incident_ids
			from determination d""";

	private static final String INCIDENT = """
			select i.id, i.youth_id, i.occurred_from, i.occurred_to, i.approximate, i.location_county, i.location_city,
			       i.source_types, i.kinds, i.reported_to_law_enforcement, i.reported_at, i.note, i.recorded_by,
			       i.recorded_at,
			       coalesce((select array_agg(l.determination_id) from incident_determination l
			                 where l.county_id = i.county_id and l.incident_id = i.id), '{}') as determination_ids
			from incident i""";

	private final JdbcClient jdbc;

	StatusRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Determination> determinations(UUID youthId) {
		return jdbc.sql(DETERMINATION + " where d.youth_id = ? order by d.determined_on desc, d.recorded_at desc")
			.param(youthId)
			.query(StatusRecords::determination)
			.list();
	}

	Optional<Determination> determination(UUID id) {
		return jdbc.sql(DETERMINATION + " where d.id = ?").param(id).query(StatusRecords::determination).optional();
	}

	List<Incident> incidents(UUID youthId) {
		return jdbc.sql(INCIDENT + " where i.youth_id = ? order by i.occurred_from desc")
			.param(youthId)
			.query(StatusRecords::incident)
			.list();
	}

	void insert(Determination d) {
		jdbc.sql("""
				insert into determination (county_id, id, youth_id, kind, determined_on, source, screening_id, note,
				    determined_by, agency_id, recorded_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.youthId(), d.kind().name(), d.determinedOn(), d.source().name(), d.screeningId(),
					d.note(), d.determinedBy(), d.agencyId(), Timestamp.from(d.recordedAt()))
			.update();
		link(d.incidentIds(), List.of(d.id()));
	}

	/**
	 * Closes an active determination; false when it was already closed (by someone else,
	 * meanwhile).
	 */
	boolean close(UUID id, State state, LocalDate closedOn, LocalDate lastKnownOn, String reason, UUID by) {
		return jdbc.sql("""
				update determination set state = ?, closed_on = ?, last_known_on = ?, close_reason = ?, closed_by = ?
				where id = ? and state = 'ACTIVE'""")
			.params(state.name(), closedOn, lastKnownOn, reason, by, id)
			.update() == 1;
	}

	void insert(Incident i) {
		jdbc.sql("""
				insert into incident (county_id, id, youth_id, occurred_from, occurred_to, approximate, location_county,
				    location_city, source_types, kinds, reported_to_law_enforcement, reported_at, note, recorded_by,
				    recorded_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(i.id(), i.youthId(), i.occurredFrom(), i.occurredTo(), i.approximate(), i.locationCounty(),
					i.locationCity(), names(i.sourceTypes()), names(i.kinds()), i.reportedToLawEnforcement(),
					i.reportedAt() == null ? null : Timestamp.from(i.reportedAt()), i.note(), i.recordedBy(),
					Timestamp.from(i.recordedAt()))
			.update();
		link(List.of(i.id()), i.determinationIds());
	}

	/** Which of these ids are the youth's incidents (or determinations). */
	List<UUID> incidentsOf(UUID youthId, List<UUID> ids) {
		return jdbc.sql("select id from incident where youth_id = ? and id = any(?)")
			.params(youthId, ids.toArray(UUID[]::new))
			.query(UUID.class)
			.list();
	}

	List<UUID> determinationsOf(UUID youthId, List<UUID> ids) {
		return jdbc.sql("select id from determination where youth_id = ? and id = any(?)")
			.params(youthId, ids.toArray(UUID[]::new))
			.query(UUID.class)
			.list();
	}

	private void link(List<UUID> incidents, List<UUID> determinations) {
		for (UUID incident : incidents) {
			for (UUID determination : determinations) {
				jdbc.sql("""
						insert into incident_determination (county_id, incident_id, determination_id)
						values (current_county(), ?, ?) on conflict do nothing""")
					.params(incident, determination)
					.update();
			}
		}
	}

	private static String[] names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toArray(String[]::new);
	}

	private static Determination determination(ResultSet rs, int row) throws SQLException {
		return new Determination(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				Kind.valueOf(rs.getString("kind")), rs.getObject("determined_on", LocalDate.class),
				Source.valueOf(rs.getString("source")), rs.getObject("screening_id", UUID.class), rs.getString("note"),
				rs.getObject("determined_by", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getTimestamp("recorded_at").toInstant(), State.valueOf(rs.getString("state")),
				rs.getObject("closed_on", LocalDate.class), rs.getObject("last_known_on", LocalDate.class),
				rs.getString("close_reason"), uuids(rs.getArray("incident_ids")));
	}

	private static Incident incident(ResultSet rs, int row) throws SQLException {
		Timestamp reported = rs.getTimestamp("reported_at");
		return new Incident(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				rs.getObject("occurred_from", LocalDate.class), rs.getObject("occurred_to", LocalDate.class),
				rs.getBoolean("approximate"), rs.getString("location_county"), rs.getString("location_city"),
				values(rs.getArray("source_types"), IncidentSource::valueOf),
				values(rs.getArray("kinds"), IncidentKind::valueOf), rs.getBoolean("reported_to_law_enforcement"),
				reported == null ? null : reported.toInstant(), rs.getString("note"),
				rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant(),
				uuids(rs.getArray("determination_ids")));
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		return List.of((UUID[]) array.getArray());
	}

	private static <E> List<E> values(Array array, Function<String, E> parse) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(parse).toList();
	}

}
