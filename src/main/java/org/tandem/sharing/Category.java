package org.tandem.sharing;

/**
 * The kinds of a youth's information the county's disclosure rules speak of. Every piece
 * of youth data Tandem shows belongs to exactly one.
 */
public enum Category {

	/** Name, date of birth, contact: that the youth exists in the county's registry. */
	IDENTITY,
	/** Where the youth lives or is placed, runaway episodes: safety-critical. */
	LOCATION, SCREENING_ANSWERS, SCREENING_RESULTS,
	/** CSE determinations and incidents. */
	CSE_STATUS, MDT_MINUTES, SAFETY_PLAN, MENTAL_HEALTH,
	/** Substance use treatment: stricter federal rules (42 CFR Part 2). */
	SUBSTANCE_USE,
	/** Sexual and reproductive health: minor-consent services. */
	SEXUAL_HEALTH, EDUCATION, COURT_LEGAL, ASSESSMENTS,
	/** Outcomes and youth voice. */
	OUTCOMES,
	/**
	 * A youth's service plan and referrals: the needs no more specific category covers
	 * (housing, support networks, life skills, crisis needs).
	 */
	SERVICES

}
