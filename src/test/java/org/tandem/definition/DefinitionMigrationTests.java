package org.tandem.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.Database;
import org.tandem.TandemTest;

/**
 * V14 moves the versions counties stored in one table per kind into
 * {@code definition_version}, unchanged, and removes the old tables. Run on a database of
 * its own on the test server, migrated to just before V14, given a version of each kind,
 * then migrated on.
 */
@TandemTest
class DefinitionMigrationTests {

	private static final MigrationVersion V14 = MigrationVersion.fromVersion("14");

	private static final String COUNTY = "8f3c2a1e-0000-4000-8000-000000000014";

	private static final String ADMIN = "8f3c2a1e-0000-4000-8000-0000000000ad";

	@Autowired
	EmbeddedPostgres postgres;

	@Test
	void everyKindsStoredVersionsMoveIntoOneTableUnchanged() throws SQLException {
		String database = "migration_" + UUID.randomUUID().toString().replace("-", "");
		asSuperuser("create database " + database);
		try {
			DataSource data = postgres.getDatabase("postgres", database);
			migrate(data, justBeforeV14(data));
			try (Connection owner = data.getConnection()) {
				execute(owner, "insert into county (id, name) values ('" + COUNTY + "', 'Migrated County')");
				execute(owner,
						"""
								insert into instrument_version (county_id, instrument_id, version, definition, imported_by, imported_at)
								values ('%s', 'licensed-screen', 2, 'id: licensed-screen', '%s', '2026-01-02T10:00:00Z')"""
							.formatted(COUNTY, ADMIN));
				execute(owner,
						"""
								insert into protocol_version (county_id, protocol_id, version, definition, imported_by, imported_at)
								values ('%s', 'county-mou', 3, 'id: county-mou', '%s', '2026-01-03T10:00:00Z')"""
							.formatted(COUNTY, ADMIN));
				execute(owner,
						"""
								insert into disclosure_rules_version (county_id, version, rules_id, definition, imported_by, imported_at)
								values ('%s', 4, 'county-rules', 'id: county-rules', null, '2026-01-04T10:00:00Z')"""
							.formatted(COUNTY));
			}

			migrate(data, V14);

			try (Connection owner = data.getConnection()) {
				assertThat(rows(owner, """
						select kind, definition_id, version, definition, imported_by,
						       to_char(imported_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS')
						from definition_version order by kind""")).containsExactly(
						"disclosure-rules county-rules 4 id: county-rules null 2026-01-04 10:00:00",
						"instrument licensed-screen 2 id: licensed-screen " + ADMIN + " 2026-01-02 10:00:00",
						"protocol county-mou 3 id: county-mou " + ADMIN + " 2026-01-03 10:00:00");
				assertThat(rows(owner, """
						select coalesce(to_regclass('instrument_version')::text, '-'),
						       coalesce(to_regclass('protocol_version')::text, '-'),
						       coalesce(to_regclass('disclosure_rules_version')::text, '-')"""))
					.containsExactly("- - -");
			}
		}
		finally {
			asSuperuser("drop database if exists " + database + " with (force)");
		}
	}

	private static void migrate(DataSource data, MigrationVersion target) {
		flyway(data).target(target).load().migrate();
	}

	/** The newest migration before V14, whichever number it has. */
	private static MigrationVersion justBeforeV14(DataSource data) {
		return Arrays.stream(flyway(data).load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> version.compareTo(V14) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow();
	}

	private static FluentConfiguration flyway(DataSource data) {
		return Flyway.configure().dataSource(data).placeholders(Map.of("appRole", "tandem_app"));
	}

	private void asSuperuser(String sql) throws SQLException {
		try (Connection superuser = Database.asSuperuser(postgres)) {
			execute(superuser, sql);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** Each row as its columns joined by spaces. */
	private static List<String> rows(Connection connection, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> values = new ArrayList<>();
				for (int c = 1; c <= columns; c++) {
					values.add(String.valueOf(rs.getObject(c)));
				}
				rows.add(String.join(" ", values));
			}
		}
		return rows;
	}

}
