package org.tandem.county;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.CountyId;

@Repository
public class Counties {

	private final JdbcClient jdbc;

	Counties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<County> findAll() {
		return jdbc.sql("select id, name, time_zone, demo from county order by name").query(Counties::map).list();
	}

	public Optional<County> findById(CountyId id) {
		return jdbc.sql("select id, name, time_zone, demo from county where id = ?")
			.param(id.value())
			.query(Counties::map)
			.optional();
	}

	public Optional<County> findByName(String name) {
		return jdbc.sql("select id, name, time_zone, demo from county where name = ?")
			.param(name)
			.query(Counties::map)
			.optional();
	}

	public County create(String name, ZoneId timeZone, boolean demo) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into county (id, name, time_zone, demo) values (?, ?, ?, ?)")
			.params(id, name, timeZone.getId(), demo)
			.update();
		return new County(id, name, timeZone, demo);
	}

	/**
	 * The time zone of the current transaction's county, in which its days and clocks are
	 * read.
	 */
	public ZoneId currentZone() {
		return org.tandem.platform.Tenancy.currentCounty()
			.map(CountyId::of)
			.flatMap(this::findById)
			.map(County::timeZone)
			.orElse(ZoneId.of("UTC"));
	}

	/**
	 * A date-time typed in a page (an HTML {@code datetime-local} value) read on the
	 * county's clock; null when empty; a value that is no date-time is refused on its
	 * field.
	 */
	public java.time.OffsetDateTime atCountyTime(String value, String field) {
		java.time.LocalDateTime local = org.tandem.platform.Inputs.localDateTime(value, field);
		return local == null ? null : local.atZone(currentZone()).toOffsetDateTime();
	}

	/** Whether the database holds any county that is not demo data. */
	public boolean anyNonDemo() {
		return jdbc.sql("select exists (select 1 from county where not demo)").query(Boolean.class).single();
	}

	private static County map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new County(rs.getObject("id", UUID.class), rs.getString("name"), ZoneId.of(rs.getString("time_zone")),
				rs.getBoolean("demo"));
	}

}
