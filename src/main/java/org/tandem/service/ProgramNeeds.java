package org.tandem.service;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The holistic needs a program may say it meets. Until the versioned taxonomy of holistic
 * needs is read here, these are its top-level areas (Holistic Needs I-III, DOMAIN §4).
 */
@Component
class ProgramNeeds {

	static final List<String> AREAS = List.of("PHYSICAL_HEALTH", "MENTAL_HEALTH", "SEXUAL_REPRODUCTIVE_HEALTH",
			"SUBSTANCE_USE", "HOUSING_PLACEMENT", "CIVIL_LEGAL", "CHILD_WELFARE_ADVOCACY", "SUPPORT_NETWORKS",
			"EDUCATION", "VOCATIONAL_LIFE_SKILLS", "CRISIS");

	boolean known(String code) {
		return AREAS.contains(code);
	}

	List<String> codes() {
		return AREAS;
	}

}
