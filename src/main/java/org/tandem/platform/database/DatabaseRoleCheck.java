package org.tandem.platform.database;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's database role would sidestep row-level security
 * (a superuser, a role with BYPASSRLS, or the owner of the tables). County isolation is
 * only as good as this: an installation must connect as a plain role and migrate as the
 * owner.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseRoleCheck implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final boolean allowOwner;

	DatabaseRoleCheck(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.allowOwner = environment.getProperty("tandem.database.allow-privileged-role", Boolean.class, false);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		var role = jdbc
			.sql("""
					select current_user as name, r.rolsuper or r.rolbypassrls as bypasses,
					       exists (select 1 from pg_tables t where t.tablename = 'youth' and t.tableowner = current_user) as owns
					from pg_roles r where r.rolname = current_user""")
			.query((rs, n) -> new Role(rs.getString("name"), rs.getBoolean("bypasses"), rs.getBoolean("owns")))
			.single();
		if ((role.bypasses() || role.owns()) && !allowOwner) {
			throw new IllegalStateException("""
					Tandem connects to PostgreSQL as '%s', which %s row-level security, so counties would not be \
					kept apart. Connect as a plain role (SPRING_DATASOURCE_USERNAME) and run migrations as the owner \
					(SPRING_FLYWAY_USER); see the README, 'External PostgreSQL'.""".formatted(role.name(),
					role.bypasses() ? "bypasses" : "owns the tables and so bypasses"));
		}
	}

	private record Role(String name, boolean bypasses, boolean owns) {
	}

}
