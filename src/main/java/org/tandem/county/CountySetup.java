package org.tandem.county;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.tandem.platform.Tenancy;

/**
 * Creates a county with the agencies of the model interagency protocol, and its people.
 * Used by the installer's first start ({@link CountyBootstrap}) and by the demo.
 */
@Service
public class CountySetup {

	/**
	 * The agencies of the model protocol, by type, with a default name a county can
	 * change.
	 */
	public static final Map<AgencyType, String> PROTOCOL_AGENCIES = new EnumMap<>(Map.of(AgencyType.CHILD_WELFARE,
			"Child Welfare Services", AgencyType.PROBATION, "Probation Department", AgencyType.MENTAL_HEALTH,
			"Behavioral Health", AgencyType.PUBLIC_HEALTH, "Public Health", AgencyType.SUBSTANCE_USE,
			"Substance Use Services", AgencyType.JUVENILE_COURT, "Juvenile Court", AgencyType.EDUCATION,
			"Office of Education", AgencyType.LAW_ENFORCEMENT, "Sheriff's Office", AgencyType.COMMUNITY_PROVIDER,
			"Community Youth Services", AgencyType.SURVIVOR_ADVOCATE, "Survivor Advocacy"));

	private final Counties counties;

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final Tenancy tenancy;

	CountySetup(Counties counties, Agencies agencies, UserAccounts accounts, Tenancy tenancy) {
		this.counties = counties;
		this.agencies = agencies;
		this.accounts = accounts;
		this.tenancy = tenancy;
	}

	/** Creates the county and its agencies; returns the agencies by type. */
	public Map<AgencyType, Agency> createCounty(String name, ZoneId timeZone, boolean demo,
			Map<AgencyType, String> agencyNames) {
		County county = counties.create(name, timeZone, demo);
		return tenancy.inCounty(county.id(), () -> {
			Map<AgencyType, Agency> byType = new EnumMap<>(AgencyType.class);
			agencyNames.forEach((type, agencyName) -> byType.put(type,
					agencies.save(new Agency(county.id(), UUID.randomUUID(), agencyName, type, true))));
			return byType;
		});
	}

	/** Adds a person to the agency's county. */
	public UserAccount createUser(Agency agency, String username, String displayName, Set<Role> roles,
			String passwordHash) {
		return tenancy.inCounty(agency.countyId(), () -> accounts.save(new UserAccount(agency.countyId(),
				UUID.randomUUID(), username, displayName, null, agency.id(), roles, true, null, "en"), passwordHash));
	}

}
