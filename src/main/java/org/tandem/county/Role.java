package org.tandem.county;

/** What a person does in Tandem. A person may hold several roles. */
public enum Role {

	COUNTY_ADMIN, HOTLINE, SOCIAL_WORKER, SUPERVISOR, PROBATION_OFFICER, CLINICIAN, NURSE, ADVOCATE, ANALYST,
	LAW_ENFORCEMENT, EDUCATOR,
	/** Keeps the county's resource directory of placement and service providers. */
	RESOURCE_COORDINATOR;

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Whether people in this role are mandated reporters of child abuse (California Penal
	 * Code 11165.7 names social workers, probation officers, clinicians, nurses,
	 * teachers, police and child welfare staff). Survivor advocates and analysts are not,
	 * by role alone.
	 */
	public boolean mandatedReporter() {
		return this != ADVOCATE && this != ANALYST && this != RESOURCE_COORDINATOR;
	}

}
