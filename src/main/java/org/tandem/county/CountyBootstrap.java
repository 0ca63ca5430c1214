package org.tandem.county;

import java.time.ZoneId;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * An installation's first start: when {@code tandem.setup.county} names a county that
 * does not exist yet, creates it with the protocol's agencies and a first administrator
 * in child welfare, who then adds everyone else on the People page.
 */
@Component
@Order(5)
class CountyBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CountyBootstrap.class);

	private final String county;

	private final String timeZone;

	private final String adminUsername;

	private final String adminPassword;

	private final Counties counties;

	private final CountySetup setup;

	private final PasswordEncoder passwords;

	CountyBootstrap(@Value("${tandem.setup.county:}") String county,
			@Value("${tandem.setup.time-zone:America/Los_Angeles}") String timeZone,
			@Value("${tandem.setup.admin-username:}") String adminUsername,
			@Value("${tandem.setup.admin-password:}") String adminPassword, Counties counties, CountySetup setup,
			PasswordEncoder passwords) {
		this.county = county.strip();
		this.timeZone = timeZone;
		this.adminUsername = adminUsername.strip().toLowerCase(java.util.Locale.ROOT);
		this.adminPassword = adminPassword;
		this.counties = counties;
		this.setup = setup;
		this.passwords = passwords;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (county.isEmpty() || counties.findByName(county).isPresent()) {
			return;
		}
		if (adminUsername.isEmpty() || adminPassword.length() < 12) {
			throw new IllegalStateException("To set up the county '" + county
					+ "', also set TANDEM_SETUP_ADMIN_USERNAME and TANDEM_SETUP_ADMIN_PASSWORD (at least 12 characters).");
		}
		var agencies = setup.createCounty(county, ZoneId.of(timeZone), false, CountySetup.PROTOCOL_AGENCIES);
		setup.createUser(agencies.get(AgencyType.CHILD_WELFARE), adminUsername, "County administrator",
				EnumSet.of(Role.COUNTY_ADMIN), passwords.encode(adminPassword));
		log.info("Set up county '{}' with its protocol agencies and a first administrator", county);
	}

}
