package org.tandem.county;

import java.util.EnumSet;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.tandem.TestData;
import org.tandem.platform.Tenancy;

/** Makes throw-away accounts in Demo County, for tests that would disturb a shared demo user. */
final class TestAccounts {

	private final Counties counties;
	private final Agencies agencies;
	private final UserAccounts accounts;
	private final PasswordEncoder passwords;
	private final Tenancy tenancy;

	TestAccounts(Counties counties, Agencies agencies, UserAccounts accounts, PasswordEncoder passwords, Tenancy tenancy) {
		this.counties = counties;
		this.agencies = agencies;
		this.accounts = accounts;
		this.passwords = passwords;
		this.tenancy = tenancy;
	}

	UUID demoCounty() {
		return counties.findByName("Demo County").orElseThrow().id();
	}

	/** A new social worker of Demo County's child welfare agency with the given password. */
	UserAccount create(String password) {
		UUID county = demoCounty();
		String username = "t-" + TestData.word().toLowerCase();
		return tenancy.inCounty(county, () -> {
			Agency childWelfare = agencies.findAll()
				.stream()
				.filter(agency -> agency.type() == AgencyType.CHILD_WELFARE)
				.findFirst()
				.orElseThrow();
			return accounts.save(new UserAccount(county, UUID.randomUUID(), username, "Test " + username, null,
					childWelfare.id(), EnumSet.of(Role.SOCIAL_WORKER), true, null, "en"), passwords.encode(password));
		});
	}

	UserAccount reload(UserAccount account) {
		return tenancy.inCounty(account.countyId(), () -> accounts.get(account.id()));
	}

	void unlock(UserAccount account) {
		tenancy.inCounty(account.countyId(), () -> accounts.unlock(account.id()));
	}

	void lock(UserAccount account, java.time.Instant until) {
		tenancy.inCounty(account.countyId(), () -> accounts.recordFailedSignIn(account.id(), 1, until));
	}
}
