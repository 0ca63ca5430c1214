package org.tandem.youth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Placement rows of the current county; {@link PlacementsAndEpisodes} is the door and
 * audits.
 */
@Repository
class Placements {

	private static final String COLUMNS = """
			id, youth_id, placement_type, started_on, ended_on, reason_for_change, provider_name, provider_address,
			provider_phone, provider_confidential, recorded_by, recorded_at""";

	private final JdbcClient jdbc;

	Placements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Placement> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from placement where id = ?")
			.param(id)
			.query(Placements::map)
			.optional();
	}

	/** The youth's placements, the latest first. */
	List<Placement> forYouth(UUID youthId) {
		return jdbc
			.sql("select " + COLUMNS + " from placement where youth_id = ? order by started_on desc, recorded_at desc")
			.param(youthId)
			.query(Placements::map)
			.list();
	}

	/**
	 * Serialises changes to one youth's placements until the transaction ends, so two
	 * overlapping placements recorded at the same moment cannot both pass the check.
	 */
	void lockYouth(UUID youthId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('placement:' || ?, 0))")
			.param(youthId.toString())
			.query()
			.singleRow();
	}

	void insert(Placement p) {
		jdbc.sql("""
				insert into placement (county_id, id, youth_id, placement_type, started_on, ended_on, reason_for_change,
				    provider_name, provider_address, provider_phone, provider_confidential, recorded_by, recorded_at)
				values (current_county(), :id, :youth, :type, :startedOn, :endedOn, :reason, :providerName,
				    :providerAddress, :providerPhone, :providerConfidential, :by, :at)""")
			.param("id", p.id())
			.param("youth", p.youthId())
			.param("type", p.type().name())
			.param("startedOn", p.startedOn())
			.param("endedOn", p.endedOn())
			.param("reason", p.reasonForChange())
			.param("providerName", p.provider() == null ? null : p.provider().name())
			.param("providerAddress", p.provider() == null ? null : p.provider().address())
			.param("providerPhone", p.provider() == null ? null : p.provider().phone())
			.param("providerConfidential", p.provider() != null && p.provider().confidential())
			.param("by", p.recordedBy())
			.param("at", Timestamp.from(p.recordedAt()))
			.update();
	}

	/** Ends a placement that is still open; false when it was ended meanwhile. */
	boolean end(UUID id, LocalDate endedOn, String reason) {
		return jdbc.sql("update placement set ended_on = ?, reason_for_change = ? where id = ? and ended_on is null")
			.params(endedOn, reason, id)
			.update() == 1;
	}

	private static Placement map(ResultSet rs, int row) throws SQLException {
		String name = rs.getString("provider_name"), address = rs.getString("provider_address"),
				phone = rs.getString("provider_phone");
		boolean confidential = rs.getBoolean("provider_confidential");
		Provider provider = name == null && address == null && phone == null && !confidential ? null
				: new Provider(name, address, phone, confidential);
		return new Placement(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				PlacementType.valueOf(rs.getString("placement_type")), rs.getObject("started_on", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class), rs.getString("reason_for_change"), provider,
				rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant());
	}

}
