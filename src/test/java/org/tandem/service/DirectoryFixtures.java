package org.tandem.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.TestData;

/** Providers as clients send them. */
final class DirectoryFixtures {

	private DirectoryFixtures() {
	}

	/** A safe house of Demo County with every data point filled in. */
	static Map<String, Object> provider(String name) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("name", name);
		p.put("intakeContact", Map.of("name", "Ines Intake", "email", "intake@example.org", "phone", "555-0100"));
		p.put("location", Map.of("address", "12 Hidden Lane", "city", "Fresno", "confidential", false));
		p.put("type", "BOTH");
		p.put("programs",
				List.of(Map.of("name", "Counselling", "needs", List.of("mental-health", "crisis"), "components",
						List.of("TRAUMA_INFORMED", "SURVIVOR_INVOLVEMENT")),
						Map.of("name", "Mentoring", "needs", List.of("support-networks"))));
		p.put("clientsServed", Map.of("systems", List.of("CHILD_WELFARE", "PROBATION"), "ageMin", 12, "ageMax", 17,
				"genders", List.of("FEMALE", "NON_BINARY", "TRANSGENDER")));
		p.put("securityMeasures", "24-hour staff");
		p.put("staffTraining", "All staff: CSE 101, March 2025");
		p.put("fundingLimitations", "Must be under dependency jurisdiction");
		p.put("strengths", "Survivor mentors on staff");
		p.put("barriers", "No beds for youth under 12");
		p.put("languages", List.of("English", "Spanish"));
		p.put("capacity", Map.of("total", 6, "available", 2));
		p.put("placementFactors", Map.of("caregiversTrained", true, "exploiterAccessManaged", true,
				"recruitmentRiskManaged", false, "sogieAffirming", true));
		return p;
	}

	static Map<String, Object> provider() {
		return provider("Casa " + TestData.word());
	}

	static Map<String, Object> with(Map<String, Object> provider, String key, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(provider);
		changed.put(key, value);
		return changed;
	}

}
