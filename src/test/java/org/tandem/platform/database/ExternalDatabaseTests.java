package org.tandem.platform.database;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.TandemApplication;
import org.tandem.county.Counties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An installation on an external PostgreSQL, prepared exactly as the README says: the
 * application connects as a plain role, Flyway migrates as the owner, the first start
 * sets up the county; and a configuration that would bypass row-level security is
 * refused.
 */
class ExternalDatabaseTests {

	private static EmbeddedPostgres server;

	@BeforeAll
	static void startServer() throws Exception {
		server = EmbeddedPostgres.builder().start();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement sql = connection.createStatement()) {
			sql.execute("CREATE ROLE tandem_owner LOGIN PASSWORD 'owner-secret'");
			sql.execute("CREATE ROLE tandem_app LOGIN PASSWORD 'app-secret'");
			sql.execute("CREATE DATABASE tandem OWNER tandem_owner");
		}
		try (Connection connection = server.getDatabase("postgres", "tandem").getConnection();
				Statement sql = connection.createStatement()) {
			sql.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void migratesAsOwnerRunsAsPlainRoleAndSetsUpTheCounty() {
		try (ConfigurableApplicationContext tandem = start(Map.of("spring.datasource.username", "tandem_app",
				"spring.datasource.password", "app-secret", "spring.flyway.user", "tandem_owner",
				"spring.flyway.password", "owner-secret", "tandem.setup.county", "Lake County",
				"tandem.setup.admin-username", "lakeadmin", "tandem.setup.admin-password", "a-long-admin-password"))) {
			JdbcClient jdbc = tandem.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("tandem_app");
			assertThat(
					jdbc.sql("select tableowner from pg_tables where tablename = 'youth'").query(String.class).single())
				.isEqualTo("tandem_owner");
			assertThat(tandem.getBean(Counties.class).findByName("Lake County")).isPresent();
			// Without a county in the transaction, row-level security hides every person.
			assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from county where demo").query(Long.class).single()).isZero();
		}
	}

	@Test
	void refusesToRunAsTheOwnerOfTheTables() {
		assertThatThrownBy(() -> start(
				Map.of("spring.datasource.username", "tandem_owner", "spring.datasource.password", "owner-secret"))
			.close()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("row-level security")
			.hasMessageContaining("tandem_owner");
	}

	/**
	 * Starts Tandem with these settings given as command-line arguments, which override
	 * application.yml.
	 */
	private static ConfigurableApplicationContext start(Map<String, Object> properties) {
		var arguments = new java.util.ArrayList<String>(List.of("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/tandem"));
		properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return new SpringApplicationBuilder(TandemApplication.class).profiles("prod")
			.run(arguments.toArray(String[]::new));
	}

}
