package org.tandem.county;

/** The kinds of agency that take part in a county's interagency protocol. */
public enum AgencyType {

	CHILD_WELFARE, PROBATION, MENTAL_HEALTH, PUBLIC_HEALTH, SUBSTANCE_USE, JUVENILE_COURT, EDUCATION, LAW_ENFORCEMENT,
	COMMUNITY_PROVIDER, SURVIVOR_ADVOCATE, OTHER

}
