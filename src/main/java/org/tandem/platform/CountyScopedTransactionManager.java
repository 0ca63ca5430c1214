package org.tandem.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells PostgreSQL, at the start of every transaction, which county it serves. The
 * row-level security policies compare each row's {@code county_id} to this setting, so a
 * query that forgets its county filter still cannot see another county. The setting is
 * transaction-local ({@code set_config(..., true)}) and so never leaks to the next user
 * of a pooled connection.
 */
public class CountyScopedTransactionManager extends JdbcTransactionManager {

	public CountyScopedTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		String county = Tenancy.currentCounty().map(Object::toString).orElse("");
		try (PreparedStatement statement = connection
			.prepareStatement("select set_config('tandem.county_id', ?, true)")) {
			statement.setString(1, county);
			statement.execute();
		}
	}

}
