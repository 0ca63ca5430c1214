package org.tandem.screening;

/**
 * How long the screener had known the youth when they screened: scores vary with it.
 */
public enum KnownYouthFor {

	NOT_BEFORE, UNDER_A_MONTH, ONE_TO_SIX_MONTHS, SIX_TO_TWELVE_MONTHS, OVER_A_YEAR

}
