package org.tandem.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the cluster lives; kept across restarts. Empty means a fresh
 * temporary directory (tests).
 * @param port fixed port, so {@code psql} can reach it; 0 picks a free one.
 */
@ConfigurationProperties("tandem.database.embedded")
public record EmbeddedDatabaseProperties(String dataDirectory, int port) {

	public EmbeddedDatabaseProperties {
		dataDirectory = dataDirectory == null ? "./data/postgres" : dataDirectory;
	}
}
