package org.tandem.evidence;

/**
 * What a screening counts as when nothing was determined within the window after it and
 * the follow-up is complete: a negative (nobody found exploitation), or left out.
 */
public enum NoDetermination {

	NEGATIVE, EXCLUDED

}
