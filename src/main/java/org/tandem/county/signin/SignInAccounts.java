package org.tandem.county.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.tandem.county.Agencies;
import org.tandem.county.Counties;
import org.tandem.county.TandemUser;
import org.tandem.county.UserAccounts;
import org.tandem.platform.Tenancy;
import org.tandem.platform.AgencyId;
import org.tandem.platform.CountyId;
import org.tandem.platform.UserId;

/**
 * Finds the account behind a username before any county is known (through the database's
 * {@code sign_in_account} function), then loads the person within their county.
 */
@Service
public class SignInAccounts implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Tenancy tenancy;

	private final Counties counties;

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final Clock clock;

	SignInAccounts(JdbcClient jdbc, Tenancy tenancy, Counties counties, Agencies agencies, UserAccounts accounts,
			Clock clock) {
		this.jdbc = jdbc;
		this.tenancy = tenancy;
		this.counties = counties;
		this.agencies = agencies;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public TandemUser loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	public Optional<TandemUser> find(String username) {
		return locate(username).map(located -> tenancy.inCounty(located.countyId(), () -> {
			var account = accounts.get(UserId.of(located.userId()));
			var agency = agencies.get(AgencyId.of(account.agencyId()));
			var county = counties.findById(CountyId.of(located.countyId())).orElseThrow();
			return new TandemUser(account, county, agency, located.passwordHash(), located.lockedAt(clock.instant()));
		}));
	}

	/** County and id of an account, found without a county in scope. */
	Optional<Located> locate(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select county_id, id, password_hash, locked_until from sign_in_account(?)")
			.param(username.strip().toLowerCase(java.util.Locale.ROOT))
			.query((rs, n) -> new Located(rs.getObject("county_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getString("password_hash"),
					rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant()))
			.optional();
	}

	record Located(UUID countyId, UUID userId, String passwordHash, Instant lockedUntil) {

		boolean lockedAt(Instant now) {
			return lockedUntil != null && lockedUntil.isAfter(now);
		}
	}

}
