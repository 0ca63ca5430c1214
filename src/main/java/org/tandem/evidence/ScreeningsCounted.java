package org.tandem.evidence;

/** Which of a youth's screenings in the period a validation counts. */
public enum ScreeningsCounted {

	/** The first screening of each youth in the period. */
	FIRST,
	/** Every screening in the period. */
	EACH

}
