package org.tandem.service;

/** The system involvement of the youth a provider serves. */
public enum ProviderSystem {

	CHILD_WELFARE, PROBATION,
	/** Dual status: child welfare and probation at once. */
	DUAL,
	/** No system involvement. */
	NONE

}
