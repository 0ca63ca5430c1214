package org.tandem.screening;

/**
 * Events after which a county's protocol asks for a (re)screening sooner than the
 * schedule.
 */
public enum ScreeningTriggerReason {

	RUNAWAY_RETURN, HOUSEMATE_IDENTIFIED, REPEATED_STI_OR_PREGNANCY_TEST, HIGH_RISK_UNDER_TEN, OTHER

}
