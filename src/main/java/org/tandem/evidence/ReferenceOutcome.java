package org.tandem.evidence;

/** What the reference standard says of one screening. */
enum ReferenceOutcome {

	POSITIVE, NEGATIVE, EXCLUDED

}
