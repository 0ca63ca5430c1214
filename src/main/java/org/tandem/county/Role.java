package org.tandem.county;

/** What a person does in Tandem. A person may hold several roles. */
public enum Role {
	COUNTY_ADMIN, HOTLINE, SOCIAL_WORKER, SUPERVISOR, PROBATION_OFFICER, CLINICIAN, NURSE, ADVOCATE, ANALYST,
	LAW_ENFORCEMENT, EDUCATOR;

	public String authority() {
		return "ROLE_" + name();
	}
}
