package org.tandem.service;

/**
 * Why a provider declined a referral; declines for capacity feed the county's gap
 * analysis.
 */
public enum DeclineReason {

	NO_CAPACITY, NOT_ELIGIBLE, YOUTH_DECLINED, OTHER

}
