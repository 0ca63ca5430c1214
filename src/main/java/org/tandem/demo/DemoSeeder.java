package org.tandem.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tandem.county.Agency;
import org.tandem.county.AgencyType;
import org.tandem.county.Counties;
import org.tandem.county.CountySetup;
import org.tandem.county.Role;
import org.tandem.county.TrainingRecords;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.Tenancy;

/**
 * Seeds "Demo County" and "Second County" with the agencies of an interagency protocol,
 * demo users and a few synthetic youth, once. Refuses when the database holds any real
 * county.
 */
@Component
@Order(10)
class DemoSeeder implements ApplicationRunner {

	static final String DEMO_COUNTY = "Demo County", SECOND_COUNTY = "Second County";

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	/**
	 * The protocol's agencies, with the demo's community provider and advocates named.
	 */
	private static final Map<AgencyType, String> DEMO_AGENCIES = demoAgencies();

	private record DemoUser(String username, String displayName, AgencyType agency, Set<Role> roles, boolean trained) {
	}

	private static final List<DemoUser> DEMO_COUNTY_USERS = List.of(
			new DemoUser("admin", "Alex Admin", AgencyType.CHILD_WELFARE, EnumSet.of(Role.COUNTY_ADMIN), false),
			new DemoUser("hotline", "Hana Hotline", AgencyType.CHILD_WELFARE, EnumSet.of(Role.HOTLINE), true),
			new DemoUser("socialworker", "Sam Social Worker", AgencyType.CHILD_WELFARE, EnumSet.of(Role.SOCIAL_WORKER),
					true),
			new DemoUser("supervisor", "Sofia Supervisor", AgencyType.CHILD_WELFARE, EnumSet.of(Role.SUPERVISOR), true),
			new DemoUser("probation", "Pat Probation", AgencyType.PROBATION, EnumSet.of(Role.PROBATION_OFFICER), true),
			new DemoUser("clinician", "Chris Clinician", AgencyType.MENTAL_HEALTH, EnumSet.of(Role.CLINICIAN), true),
			new DemoUser("nurse", "Noor Nurse", AgencyType.PUBLIC_HEALTH, EnumSet.of(Role.NURSE), true),
			new DemoUser("advocate", "Ari Advocate", AgencyType.SURVIVOR_ADVOCATE, EnumSet.of(Role.ADVOCATE), true),
			new DemoUser("analyst", "Ana Analyst", AgencyType.CHILD_WELFARE, EnumSet.of(Role.ANALYST), false),
			new DemoUser("resources", "Rae Resources", AgencyType.CHILD_WELFARE, EnumSet.of(Role.RESOURCE_COORDINATOR),
					false));

	private static final List<DemoUser> SECOND_COUNTY_USERS = List.of(
			new DemoUser("socialworker2", "Sol Social Worker", AgencyType.CHILD_WELFARE, EnumSet.of(Role.SOCIAL_WORKER),
					true),
			new DemoUser("admin2", "Ada Admin", AgencyType.CHILD_WELFARE, EnumSet.of(Role.COUNTY_ADMIN), false));

	private final boolean enabled;

	private final String configuredPassword;

	private final int generateYouth;

	private final Counties counties;

	private final CountySetup setup;

	private final UserAccounts accounts;

	private final TrainingRecords training;

	private final PasswordEncoder passwords;

	private final DemoYouthGenerator generator;

	private final Tenancy tenancy;

	/**
	 * @param enabled {@code tandem.demo.enabled}; when not set, the demo is seeded only
	 * on the embedded database (no {@code spring.datasource.url}), never on an external
	 * one.
	 */
	DemoSeeder(@Value("${tandem.demo.enabled:#{null}}") Boolean enabled,
			@Value("${spring.datasource.url:}") String externalDatabase,
			@Value("${tandem.demo.password:}") String password,
			@Value("${tandem.demo.generate-youth:0}") int generateYouth, Counties counties, CountySetup setup,
			UserAccounts accounts, TrainingRecords training, PasswordEncoder passwords, DemoYouthGenerator generator,
			Tenancy tenancy) {
		this.enabled = enabled != null ? enabled : externalDatabase.isBlank();
		this.configuredPassword = password;
		this.generateYouth = generateYouth;
		this.counties = counties;
		this.setup = setup;
		this.accounts = accounts;
		this.training = training;
		this.passwords = passwords;
		this.generator = generator;
		this.tenancy = tenancy;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!enabled) {
			return;
		}
		if (counties.anyNonDemo()) {
			log.warn("Demo data not seeded: this database holds real counties (tandem.demo.enabled is ignored).");
			return;
		}
		if (counties.findByName(DEMO_COUNTY).isEmpty()) {
			String password = configuredPassword.isBlank() ? generatePassword() : configuredPassword;
			String hash = passwords.encode(password);
			seedCounty(DEMO_COUNTY, DEMO_COUNTY_USERS, hash, 24);
			seedCounty(SECOND_COUNTY, SECOND_COUNTY_USERS, hash, 6);
			log.info("Seeded the demo: {} and {}", DEMO_COUNTY, SECOND_COUNTY);
			if (configuredPassword.isBlank()) {
				System.out.printf("%n  Demo users (admin, socialworker, ...) sign in with the password: %s%n"
						+ "  It is shown only now; set TANDEM_DEMO_PASSWORD to choose your own.%n%n", password);
			}
		}
		else if (!configuredPassword.isBlank()) {
			resetPasswords(passwords.encode(configuredPassword));
		}
		if (generateYouth > 0) {
			UUID county = counties.findByName(DEMO_COUNTY).orElseThrow().id();
			generator.generate(county, generateYouth);
		}
	}

	private UUID seedCounty(String name, List<DemoUser> users, String passwordHash, int youth) {
		Map<AgencyType, Agency> agencies = setup.createCounty(name, ZoneId.of("America/Los_Angeles"), true,
				DEMO_AGENCIES);
		UUID county = agencies.get(AgencyType.CHILD_WELFARE).countyId();
		for (DemoUser user : users) {
			UserAccount created = setup.createUser(agencies.get(user.agency()), user.username(), user.displayName(),
					user.roles(), passwordHash);
			// An address at a reserved domain, so the demo shows e-mail when SMTP (a
			// catch-all) is configured.
			UserAccount account = tenancy.inCounty(county,
					() -> accounts.save(new UserAccount(created.countyId(), created.id(), created.username(),
							created.displayName(), created.username() + "@demo.tandem.example", created.agencyId(),
							created.roles(), created.enabled(), created.lockedUntil(), created.preferredLanguage()),
							null));
			if (user.trained()) {
				LocalDate completed = LocalDate.now().minusMonths(3);
				tenancy.inCounty(county, () -> training.add(account.id(),
						"CSE identification and screening (county training)", completed, completed.plusYears(2), null));
			}
		}
		generator.generate(county, youth);
		return county;
	}

	private void resetPasswords(String hash) {
		for (String name : List.of(DEMO_COUNTY, SECOND_COUNTY)) {
			counties.findByName(name).ifPresent(county -> tenancy.inCounty(county.id(), () -> {
				for (UserAccount account : accounts.findAll()) {
					accounts.save(account, hash);
				}
			}));
		}
	}

	private static Map<AgencyType, String> demoAgencies() {
		Map<AgencyType, String> names = new EnumMap<>(CountySetup.PROTOCOL_AGENCIES);
		names.put(AgencyType.COMMUNITY_PROVIDER, "Bridges Youth Services");
		names.put(AgencyType.SURVIVOR_ADVOCATE, "Survivor Voices Advocacy");
		return names;
	}

	private static String generatePassword() {
		String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
