package org.tandem.definition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county's stored versions, one table for every kind. Row-level security keeps each
 * county to its own rows; the application may only read and add, so a stored version
 * never changes. Runs in the caller's transaction, which names the county.
 */
final class DefinitionRows {

	/** A stored version without its file. */
	record Row(String id, int version, UUID importedBy, Instant importedAt) {
	}

	/** A stored version with its file, exactly as imported. */
	record Stored(Row row, String text) {
	}

	private static final String COLUMNS = "definition_id, version, imported_by, imported_at";

	private final JdbcClient jdbc;

	DefinitionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every version of the kind, newest import first. */
	List<Row> list(String kind) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from definition_version where kind = ? order by imported_at desc, version desc")
			.param(kind)
			.query(DefinitionRows::row)
			.list();
	}

	Optional<Stored> find(String kind, String id, int version) {
		return jdbc
			.sql("select " + COLUMNS + ", definition from definition_version"
					+ " where kind = ? and definition_id = ? and version = ?")
			.params(kind, id, version)
			.query((rs, n) -> new Stored(row(rs, n), rs.getString("definition")))
			.optional();
	}

	/**
	 * The newest import: the last one made, or the highest version number where versions
	 * form one line.
	 */
	Optional<Row> newest(String kind, boolean byVersion) {
		return jdbc
			.sql("select " + COLUMNS + " from definition_version where kind = ? order by "
					+ (byVersion ? "version desc" : "imported_at desc, version desc") + " limit 1")
			.param(kind)
			.query(DefinitionRows::row)
			.optional();
	}

	/** The highest version imported, of one id or (id null) of any; 0 if none. */
	int highestVersion(String kind, String id) {
		return jdbc
			.sql("select coalesce(max(version), 0) from definition_version where kind = ?"
					+ (id == null ? "" : " and definition_id = ?"))
			.params(id == null ? List.of(kind) : List.of(kind, id))
			.query(Integer.class)
			.single();
	}

	/**
	 * One import of a kind at a time in a county, until the transaction ends: the newest
	 * cannot change meanwhile.
	 */
	void lock(UUID county, String kind) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('definition:' || ? || ':' || ?, 0))")
			.params(county.toString(), kind)
			.query()
			.singleRow();
	}

	void insert(String kind, Versioned definition, String text, UUID importedBy, Instant importedAt) {
		jdbc.sql(
				"""
						insert into definition_version (county_id, kind, definition_id, version, definition, imported_by, imported_at)
						values (current_county(), ?, ?, ?, ?, ?, ?)""")
			.params(kind, definition.id(), definition.version(), text, importedBy, Timestamp.from(importedAt))
			.update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("definition_id"), rs.getInt("version"), rs.getObject("imported_by", UUID.class),
				rs.getTimestamp("imported_at").toInstant());
	}

}
