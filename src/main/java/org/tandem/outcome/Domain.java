package org.tandem.outcome;

import org.tandem.sharing.Category;

/**
 * The 13 outcome domains counties track for youth who are or may be exploited. A
 * measure's values are shared under its domain's category: mental health and substance
 * use keep the stricter rules of their own records.
 */
public enum Domain {

	PHYSICAL_SAFETY, PHYSICAL_HEALTH, MENTAL_HEALTH(Category.MENTAL_HEALTH), PLACEMENT_STABILITY, ROUTINE_MEDICAL_CARE,
	EDUCATION, EXTRACURRICULARS_AND_WORK, AGENCY, SUBSTANCE_USE(Category.SUBSTANCE_USE), LEGAL_AND_FINANCIAL,
	OTHER_RISK_BEHAVIOURS, PARENTING_PREGNANCY_SEXUAL_HEALTH, RELATIONSHIPS_AND_SUPPORTS;

	private final Category category;

	Domain() {
		this(Category.OUTCOMES);
	}

	Domain(Category category) {
		this.category = category;
	}

	/** The category of youth data a measure of this domain reveals. */
	public Category category() {
		return category;
	}

}
