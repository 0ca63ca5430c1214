package org.tandem.status;

/**
 * The closed lists of the status module, read case-insensitively from requests
 * ({@link org.tandem.platform.Inputs#choice}).
 */
final class StatusValues {

	enum Kind {

		AT_RISK, SUSPECTED, CONFIRMED

	}

	enum Source {

		SCREENING, DISCLOSURE, LAW_ENFORCEMENT, MEDICAL, CAREGIVER, COURT, OTHER

	}

	enum State {

		ACTIVE, RULED_OUT, RESOLVED

	}

	/** Who exploited the youth, or how the exploitation came about. */
	enum IncidentSource {

		THIRD_PARTY_EXPLOITER, SURVIVAL_SEX, FAMILIAL_TRAFFICKING, ONLINE, OTHER

	}

	/** What the exploitation was. */
	enum IncidentKind {

		COMMERCIAL_SEX, STRIPPING_EXOTIC_DANCING, PORNOGRAPHY, OTHER

	}

	private StatusValues() {
	}

}
