package org.tandem.screening;

/**
 * Where the information behind an answer came from. Self-disclosure alone is allowed but
 * flagged.
 */
public enum Source {

	YOUTH, OBSERVATION, RECORDS, COLLATERAL

}
