package org.tandem.county;

import java.util.EnumSet;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tandem.TestData;
import org.tandem.platform.Tenancy;
import org.tandem.platform.UserId;

/**
 * Makes throw-away accounts in Demo County, for tests that would disturb a shared demo
 * user.
 */
final class TestAccounts {

	private final Counties counties;

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final CountySetup setup;

	private final PasswordEncoder passwords;

	private final Tenancy tenancy;

	TestAccounts(ApplicationContext context) {
		this.counties = context.getBean(Counties.class);
		this.agencies = context.getBean(Agencies.class);
		this.accounts = context.getBean(UserAccounts.class);
		this.setup = context.getBean(CountySetup.class);
		this.passwords = context.getBean(PasswordEncoder.class);
		this.tenancy = context.getBean(Tenancy.class);
	}

	UUID demoCounty() {
		return counties.findByName("Demo County").orElseThrow().id();
	}

	/**
	 * A new social worker of Demo County's child welfare agency with the given password.
	 */
	UserAccount create(String password) {
		String username = "t-" + TestData.word().toLowerCase();
		Agency childWelfare = tenancy.inCounty(demoCounty(),
				() -> agencies.findAll()
					.stream()
					.filter(agency -> agency.type() == AgencyType.CHILD_WELFARE)
					.findFirst()
					.orElseThrow());
		return setup.createUser(childWelfare, username, "Test " + username, EnumSet.of(Role.SOCIAL_WORKER),
				passwords.encode(password));
	}

	UserAccount reload(UserAccount account) {
		return tenancy.inCounty(account.countyId(), () -> accounts.get(UserId.of(account.id())));
	}

	void unlock(UserAccount account) {
		tenancy.inCounty(account.countyId(), () -> accounts.unlock(UserId.of(account.id())));
	}

	void lock(UserAccount account, java.time.Instant until) {
		tenancy.inCounty(account.countyId(), () -> accounts.recordFailedSignIn(UserId.of(account.id()), 1, until));
	}

}
