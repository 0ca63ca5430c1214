package org.tandem.service;

/** Whether a provider places youth, serves them, or both (Holistic Needs IV). */
public enum ProviderType {

	PLACEMENT, SERVICE, BOTH;

	/** Whether the placement-matching factors of Holistic Needs III.2 apply. */
	public boolean places() {
		return this != SERVICE;
	}

}
