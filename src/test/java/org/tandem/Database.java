package org.tandem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Hand-made connections to the embedded database, bypassing the application. */
public final class Database {

	private Database() {
	}

	/** As the plain role the application uses: row-level security applies. */
	public static Connection asApp(EmbeddedPostgres postgres) throws SQLException {
		return connect(postgres, "tandem_app");
	}

	/** As the superuser that owns the schema. */
	public static Connection asSuperuser(EmbeddedPostgres postgres) throws SQLException {
		return connect(postgres, "postgres");
	}

	private static Connection connect(EmbeddedPostgres postgres, String user) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/tandem", user, null);
	}

}
