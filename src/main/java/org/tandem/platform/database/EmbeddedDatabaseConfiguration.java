package org.tandem.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded default: a real PostgreSQL started from the JVM. The application connects
 * as a plain role subject to row-level security; Flyway migrates as the superuser that
 * owns the schema.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties,
			@Value("${tandem.database.app-role}") String appRole) {
		return EmbeddedPostgresServers.obtain(properties, appRole);
	}

	@Bean
	@Primary
	HikariDataSource dataSource(EmbeddedPostgres postgres, @Value("${tandem.database.app-role}") String appRole) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url(postgres));
		config.setUsername(appRole);
		config.setMaximumPoolSize(20);
		config.setMinimumIdle(2);
		config.setPoolName("tandem");
		return new HikariDataSource(config);
	}

	@Bean
	@FlywayDataSource
	DataSource flywayDataSource(EmbeddedPostgres postgres) {
		SimpleDriverDataSource owner = new SimpleDriverDataSource();
		owner.setDriverClass(org.postgresql.Driver.class);
		owner.setUrl(url(postgres));
		owner.setUsername("postgres");
		return owner;
	}

	private static String url(EmbeddedPostgres postgres) {
		// Batched inserts (imports, the demo generator) become multi-row statements.
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + EmbeddedPostgresServers.DATABASE
				+ "?reWriteBatchedInserts=true";
	}

}
