package org.tandem.youth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Runaway episode rows of the current county; {@link PlacementsAndEpisodes} is the door
 * and audits.
 */
@Repository
class Episodes {

	private static final String COLUMNS = """
			id, youth_id, started_at, ended_at, returned_to_same_caregiver, returned_to, recorded_by, recorded_at""";

	private final JdbcClient jdbc;

	Episodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Episode> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from runaway_episode where id = ?")
			.param(id)
			.query(Episodes::map)
			.optional();
	}

	/** The youth's episodes, the latest first. */
	List<Episode> forYouth(UUID youthId) {
		return jdbc.sql("select " + COLUMNS + " from runaway_episode where youth_id = ? order by started_at desc")
			.param(youthId)
			.query(Episodes::map)
			.list();
	}

	/**
	 * Every open episode of the county with the youth's name, longest away first, in one
	 * query.
	 */
	List<MissingYouth> open(int limit) {
		return jdbc
			.sql("""
					select e.id, e.youth_id, coalesce(nullif(y.preferred_name, ''), y.first_name) || ' ' || y.last_name as name,
					       e.started_at
					from runaway_episode e join youth y on y.id = e.youth_id
					where e.ended_at is null
					order by e.started_at, e.id
					limit ?""")
			.param(limit)
			.query((rs, n) -> new MissingYouth(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
					rs.getString("name"), rs.getTimestamp("started_at").toInstant()))
			.list();
	}

	boolean hasOpen(UUID youthId) {
		return jdbc.sql("select exists (select 1 from runaway_episode where youth_id = ? and ended_at is null)")
			.param(youthId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether an ended episode of the youth ended after this moment (a new episode from
	 * it would overlap).
	 */
	boolean endedAfter(UUID youthId, Instant start) {
		return jdbc.sql("select exists (select 1 from runaway_episode where youth_id = ? and ended_at > ?)")
			.params(youthId, Timestamp.from(start))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Inserts an open episode; the unique index on open episodes refuses a second one
	 * (DuplicateKeyException).
	 */
	void insert(UUID id, UUID youthId, Instant startedAt, UUID by, Instant at) {
		jdbc.sql("""
				insert into runaway_episode (county_id, id, youth_id, started_at, recorded_by, recorded_at)
				values (current_county(), ?, ?, ?, ?, ?)""")
			.params(id, youthId, Timestamp.from(startedAt), by, Timestamp.from(at))
			.update();
	}

	/** Ends an episode that is still open; false when it was ended meanwhile. */
	boolean end(UUID id, Instant endedAt, Boolean sameCaregiver, String returnedTo) {
		return jdbc.sql("""
				update runaway_episode set ended_at = ?, returned_to_same_caregiver = ?, returned_to = ?
				where id = ? and ended_at is null""")
			.params(Timestamp.from(endedAt), sameCaregiver, returnedTo, id)
			.update() == 1;
	}

	private static Episode map(ResultSet rs, int row) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		return Episode.of(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant(),
				rs.getObject("returned_to_same_caregiver", Boolean.class), rs.getString("returned_to"),
				rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant());
	}

}
