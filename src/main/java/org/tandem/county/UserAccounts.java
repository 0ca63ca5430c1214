package org.tandem.county;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.UserId;

/** The user accounts of the current county. */
@Repository
@Transactional(readOnly = true)
public class UserAccounts {

	private static final String SELECT = """
			select u.county_id, u.id, u.username, u.display_name, u.email, u.agency_id, u.enabled, u.locked_until,
			       u.preferred_language,
			       coalesce((select array_agg(r.role order by r.role) from app_user_role r
			                 where r.county_id = u.county_id and r.user_id = u.id), '{}') as roles
			from app_user u
			""";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<UserAccount> findAll() {
		return jdbc.sql(SELECT + " order by u.display_name").query(UserAccounts::map).list();
	}

	public Optional<UserAccount> findById(UserId id) {
		return jdbc.sql(SELECT + " where u.id = ?").param(id.value()).query(UserAccounts::map).optional();
	}

	public UserAccount get(UserId id) {
		return findById(id).orElseThrow(() -> new TandemException(ErrorCode.USER_NOT_FOUND));
	}

	/** Creates or updates an account; a null password hash keeps the current password. */
	@Transactional
	public UserAccount save(UserAccount account, String passwordHash) {
		try {
			jdbc.sql(
					"""
							insert into app_user (county_id, id, username, display_name, email, agency_id, password_hash, enabled,
							                      preferred_language)
							values (current_county(), :id, :username, :displayName, :email, :agencyId, :hash, :enabled, :language)
							on conflict (county_id, id) do update set display_name = excluded.display_name,
							    email = excluded.email, agency_id = excluded.agency_id, enabled = excluded.enabled,
							    preferred_language = excluded.preferred_language,
							    password_hash = coalesce(excluded.password_hash, app_user.password_hash)""")
				.param("id", account.id())
				.param("username", account.username())
				.param("displayName", account.displayName().strip())
				.param("email", account.email())
				.param("agencyId", account.agencyId())
				.param("hash", passwordHash)
				.param("enabled", account.enabled())
				.param("language", account.preferredLanguage())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw TandemException.onField(ErrorCode.USERNAME_TAKEN, "username", account.username());
		}
		jdbc.sql("delete from app_user_role where user_id = ?").param(account.id()).update();
		for (Role role : account.roles()) {
			jdbc.sql("insert into app_user_role (county_id, user_id, role) values (current_county(), ?, ?)")
				.params(account.id(), role.name())
				.update();
		}
		return get(UserId.of(account.id()));
	}

	@Transactional
	public void unlock(UserId id) {
		jdbc.sql("update app_user set locked_until = null, failed_attempts = 0 where id = ?")
			.param(id.value())
			.update();
	}

	/**
	 * Counts a failed sign-in; at the limit, locks the account until the given time and
	 * starts counting anew.
	 */
	@Transactional
	public void recordFailedSignIn(UserId id, int maxAttempts, Instant lockUntil) {
		jdbc.sql("""
				update app_user set
				    locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end,
				    failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end
				where id = :id""")
			.param("max", maxAttempts)
			.param("until", Timestamp.from(lockUntil))
			.param("id", id.value())
			.update();
	}

	@Transactional
	public void recordSuccessfulSignIn(UserId id) {
		jdbc.sql("update app_user set failed_attempts = 0 where id = ? and failed_attempts > 0")
			.param(id.value())
			.update();
	}

	/** Only authentication reads the hash. */
	String passwordHash(UUID id) {
		return jdbc.sql("select password_hash from app_user where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new UserAccount(rs.getObject("county_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
				rs.getObject("agency_id", UUID.class), roles(rs.getArray("roles")), rs.getBoolean("enabled"),
				locked == null ? null : locked.toInstant(), rs.getString("preferred_language"));
	}

	private static Set<Role> roles(Array array) throws SQLException {
		String[] names = (String[]) array.getArray();
		return names.length == 0 ? EnumSet.noneOf(Role.class)
				: Arrays.stream(names)
					.map(Role::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

}
