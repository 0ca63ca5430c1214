package org.tandem.protocol;

/**
 * The tiers of a team response the county protocol states, each with its clocks and
 * agencies; JSON and SQL carry the name.
 */
public enum ResponseTier {

	IMMEDIATE_CRISIS, INITIAL_MDT, ONGOING_MDT

}
