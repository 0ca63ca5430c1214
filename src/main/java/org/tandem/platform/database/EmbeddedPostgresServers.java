package org.tandem.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts at most one embedded PostgreSQL per data directory in this JVM, so several
 * Spring contexts (as tests create) share one server. The server stops with the JVM.
 */
final class EmbeddedPostgresServers {

	static final String DATABASE = "tandem";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);

	private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

	private EmbeddedPostgresServers() {
	}

	static EmbeddedPostgres obtain(EmbeddedDatabaseProperties properties, String appRole) {
		return SERVERS.computeIfAbsent(properties.dataDirectory() + ":" + properties.port(),
				key -> start(properties, appRole));
	}

	private static EmbeddedPostgres start(EmbeddedDatabaseProperties properties, String appRole) {
		try {
			boolean temporary = properties.dataDirectory().isBlank();
			Path directory = temporary ? Files.createTempDirectory("tandem-pg-")
					: Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(temporary)
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC");
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			long started = System.nanoTime();
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL on port {} with data in {} (started in {} ms)", postgres.getPort(), directory,
					(System.nanoTime() - started) / 1_000_000);
			prepare(postgres, appRole);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/** Creates the application database and the login role the application uses, once. */
	private static void prepare(EmbeddedPostgres postgres, String appRole) {
		if (!appRole.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("tandem.database.app-role must be a plain lower-case name");
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (!rs.next()) {
					statement.execute("create database " + DATABASE);
				}
			}
			try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + appRole + "'")) {
				if (!rs.next()) {
					statement.execute("create role " + appRole + " login nosuperuser nobypassrls");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the embedded PostgreSQL", ex);
		}
	}

}
