package org.tandem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Made-up people that no other test (and no demo youth) shares. */
public final class TestData {

	private TestData() {
	}

	/** A capitalised word of random letters, e.g. "Kqvirzol". */
	public static String word() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder word = new StringBuilder();
		word.append((char) ('A' + random.nextInt(26)));
		for (int i = 0; i < 9; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	/** A date of birth of a youth of 10 to 16. */
	public static LocalDate dateOfBirth() {
		return LocalDate.now().minusYears(10).minusDays(ThreadLocalRandom.current().nextInt(6 * 365));
	}

	/** The JSON of a new youth with the required fields. */
	public static Map<String, Object> youth(String firstName, String lastName, LocalDate dateOfBirth) {
		Map<String, Object> youth = new LinkedHashMap<>();
		youth.put("firstName", firstName);
		youth.put("lastName", lastName);
		youth.put("dateOfBirth", dateOfBirth.toString());
		return youth;
	}

	public static Map<String, Object> youth() {
		return youth(word(), word(), dateOfBirth());
	}

	/**
	 * A new youth with these agencies involved (on the youth's team, as the disclosure
	 * rules read it).
	 */
	public static Map<String, Object> youthOf(String... agencyIds) {
		Map<String, Object> youth = youth();
		youth.put("agencyIds", java.util.List.of(agencyIds));
		return youth;
	}

}
