package org.tandem.service;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The holistic needs a program may say it meets: codes of the holistic-needs taxonomy
 * (lower case, as the taxonomy writes them). Until the versioned taxonomy is read here,
 * these are the codes of its model.
 */
@Component
class ProgramNeeds {

	static final List<String> AREAS = List.of("crisis", "crisis-basic-needs", "crisis-safety-plan",
			"crisis-medical-care", "crisis-mental-health", "crisis-forensic-exam", "crisis-dental-care",
			"crisis-substance-treatment", "crisis-legal-custodian", "crisis-advocate", "crisis-interpretation",
			"crisis-emotional-support", "health", "physical-health", "mental-health", "sexual-reproductive-health",
			"substance-use", "housing-placement", "civil-legal", "public-benefits", "immigration-relief",
			"record-sealing", "identity-documents", "restraining-order", "justice-advocacy", "victim-witness-support",
			"juvenile-justice", "child-welfare-advocacy", "permanence", "family-finding", "extended-foster-care",
			"support-networks", "education", "vocational-life-skills");

	boolean known(String code) {
		return AREAS.contains(code);
	}

	List<String> codes() {
		return AREAS;
	}

}
