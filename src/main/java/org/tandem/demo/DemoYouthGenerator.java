package org.tandem.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.AgencyType;
import org.tandem.platform.Tenancy;
import org.tandem.response.Responses;
import org.tandem.youth.Jurisdiction;
import org.tandem.youth.RaceEthnicity;
import org.tandem.youth.YouthForm;
import org.tandem.youth.YouthRegistry;

/**
 * Makes synthetic youth with plausible identities: ages 10 to 20, a spread of
 * jurisdictions, self-identified race and ethnicity (sometimes several, sometimes
 * declined), languages, some aliases, and the agencies their jurisdiction implies.
 * Written in batches, one transaction each.
 */
@Service
public class DemoYouthGenerator {

	private static final Logger log = LoggerFactory.getLogger(DemoYouthGenerator.class);

	private static final int BATCH = 1000;

	private static final String[] FIRST = { "Aaliyah", "Adriana", "Alejandro", "Amara", "Andre", "Angel", "Ariana",
			"Brianna", "Camila", "Carlos", "Daniela", "Destiny", "Diego", "Elena", "Emily", "Esperanza", "Gabriel",
			"Guadalupe", "Imani", "Isabella", "Jasmine", "Jayden", "Jessica", "Jordan", "Jose", "Kayla", "Keisha",
			"Kiana", "Leilani", "Lily", "Luis", "Malia", "Maria", "Marisol", "Mia", "Nevaeh", "Nia", "Priya", "Ruby",
			"Samantha", "Sofia", "Tiana", "Trinity", "Valeria", "Vanessa", "Ximena", "Yesenia", "Zoe", "Mai", "Linh" };

	private static final String[] LAST = { "Alvarez", "Anderson", "Bautista", "Brown", "Castillo", "Chavez", "Cruz",
			"Davis", "Diaz", "Flores", "Garcia", "Gomez", "Gonzalez", "Hernandez", "Jackson", "Johnson", "Jones", "Kim",
			"Lee", "Lopez", "Martinez", "Mendoza", "Morales", "Nguyen", "Ortiz", "Patel", "Perez", "Ramirez", "Reyes",
			"Rivera", "Robinson", "Rodriguez", "Sanchez", "Smith", "Tran", "Torres", "Vargas", "Washington", "Williams",
			"Young", "Begay", "Yazzie", "Kealoha", "Haddad", "Santos", "Le", "Pham", "Wong", "Thomas", "Moore" };

	private static final String[] STREET_NAMES = { "Lil Mama", "Candy", "Princess", "Star", "Baby", "Lexi", "Coco" };

	private static final String[][] LANGUAGES = { { "English" }, { "English" }, { "English", "Spanish" }, { "Spanish" },
			{ "English", "Vietnamese" }, { "English", "Tagalog" }, { "English", "American Sign Language" } };

	private final YouthRegistry registry;

	private final Agencies agencies;

	private final Tenancy tenancy;

	private final Responses responses;

	private final Clock clock;

	DemoYouthGenerator(YouthRegistry registry, Agencies agencies, Tenancy tenancy, Responses responses, Clock clock) {
		this.registry = registry;
		this.agencies = agencies;
		this.tenancy = tenancy;
		this.responses = responses;
		this.clock = clock;
	}

	/**
	 * Generates {@code count} youth in the county; returns how long it took in
	 * milliseconds.
	 */
	public long generate(UUID countyId, int count) {
		return generate(countyId, count, 0);
	}

	/**
	 * Generates {@code count} youth and starts an immediate crisis response for the first
	 * {@code crises} of them (two open clocks each), identified at random in the last
	 * four days, so the clock board has overdue, amber and running clocks; returns the
	 * milliseconds it took.
	 */
	public long generate(UUID countyId, int count, int crises) {
		long started = System.nanoTime();
		Random random = new Random(countyId.getLeastSignificantBits() ^ count);
		List<Agency> countyAgencies = tenancy.inCounty(countyId, agencies::findActive);
		int done = 0;
		while (done < count) {
			int size = Math.min(BATCH, count - done);
			List<YouthForm> batch = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				batch.add(youth(random, countyAgencies));
			}
			int firstCrisis = done;
			tenancy.inCounty(countyId, () -> {
				List<UUID> ids = registry.createAll(batch, "synthetic demo data");
				for (int i = 0; i < ids.size() && firstCrisis + i < crises; i++) {
					OffsetDateTime identified = OffsetDateTime.now(clock).minusMinutes(random.nextInt(4 * 24 * 60));
					responses.start(ids.get(i), "IMMEDIATE_CRISIS", identified, "UNKNOWN");
				}
			});
			done += size;
			if (count >= 10 * BATCH && done % (10 * BATCH) == 0) {
				log.info("Generated {} of {} synthetic youth", done, count);
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Generated {} synthetic youth in {} ms", count, millis);
		return millis;
	}

	private static YouthForm youth(Random random, List<Agency> agencies) {
		YouthForm form = new YouthForm();
		form.setFirstName(pick(random, FIRST));
		form.setLastName(random.nextInt(10) == 0 ? pick(random, LAST) + "-" + pick(random, LAST) : pick(random, LAST));
		LocalDate today = LocalDate.now();
		form.setDateOfBirth(today.minusYears(10 + random.nextInt(11)).minusDays(random.nextInt(365)));
		if (random.nextInt(5) == 0) {
			form.setPreferredName(pick(random, FIRST));
		}
		if (random.nextInt(6) == 0) {
			form.setAliases(new ArrayList<>(List.of(pick(random, STREET_NAMES))));
		}
		Jurisdiction jurisdiction = pick(random,
				new Jurisdiction[] { Jurisdiction.DEPENDENCY, Jurisdiction.DEPENDENCY, Jurisdiction.DEPENDENCY,
						Jurisdiction.DELINQUENCY, Jurisdiction.DUAL_STATUS, Jurisdiction.NONE, Jurisdiction.UNKNOWN });
		form.setJurisdiction(jurisdiction);
		form.setRaceEthnicity(races(random));
		form.setLanguages(new ArrayList<>(List.of(pick(random, LANGUAGES))));
		form.setAgencyIds(agenciesFor(jurisdiction, agencies, random));
		return form;
	}

	private static Set<RaceEthnicity> races(Random random) {
		RaceEthnicity[] values = RaceEthnicity.values();
		int roll = random.nextInt(20);
		if (roll == 0) {
			return EnumSet.of(RaceEthnicity.DECLINED);
		}
		Set<RaceEthnicity> chosen = EnumSet.of(values[random.nextInt(values.length - 1)]);
		if (roll < 4) {
			chosen.add(values[random.nextInt(values.length - 1)]);
		}
		return chosen;
	}

	private static Set<UUID> agenciesFor(Jurisdiction jurisdiction, List<Agency> agencies, Random random) {
		Set<AgencyType> types = EnumSet.noneOf(AgencyType.class);
		switch (jurisdiction) {
			case DEPENDENCY -> types.add(AgencyType.CHILD_WELFARE);
			case DELINQUENCY -> types.add(AgencyType.PROBATION);
			case DUAL_STATUS -> types.addAll(List.of(AgencyType.CHILD_WELFARE, AgencyType.PROBATION));
			default -> {
			}
		}
		if (random.nextInt(3) == 0) {
			types.add(AgencyType.MENTAL_HEALTH);
		}
		Set<UUID> ids = new LinkedHashSet<>();
		agencies.stream().filter(agency -> types.contains(agency.type())).forEach(agency -> ids.add(agency.id()));
		return ids;
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

}
