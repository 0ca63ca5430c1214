package org.tandem.youth;

/** Under which court jurisdiction the youth is, which decides the lead agency. */
public enum Jurisdiction {

	DEPENDENCY, DELINQUENCY, DUAL_STATUS, NONE, UNKNOWN

}
