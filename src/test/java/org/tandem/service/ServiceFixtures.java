package org.tandem.service;

import java.util.Map;

import org.tandem.assessment.AssessmentRatings;

/** What the service tests need of other modules: an assessment's ratings. */
public final class ServiceFixtures {

	private ServiceFixtures() {
	}

	/** Every item of the shipped assessment: needs "no evidence", strengths "useful". */
	public static Map<String, String> ratings() {
		return AssessmentRatings.every("NO_EVIDENCE", "USEFUL");
	}

}
