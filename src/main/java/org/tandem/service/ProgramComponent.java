package org.tandem.service;

/**
 * What makes a program promising for exploited youth (the promising services of the
 * seeds, 003): its components, and harm reduction. A program is tagged with those it has.
 */
public enum ProgramComponent {

	SAFETY_PLANNING, COLLABORATION, TRUST_AND_CONSISTENCY, CULTURALLY_COMPETENT, TRAUMA_INFORMED, SURVIVOR_INVOLVEMENT,
	HARM_REDUCTION;

	static boolean named(String value) {
		for (ProgramComponent component : values()) {
			if (component.name().equalsIgnoreCase(value)) {
				return true;
			}
		}
		return false;
	}

}
