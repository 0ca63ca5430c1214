package org.tandem.service;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands. A referral is sent; the provider accepts or declines it (with
 * a reason); an accepted one starts and then completes, or the youth does not engage.
 * Until it ends, the worker may withdraw it.
 */
public enum ReferralState {

	SENT, ACCEPTED, DECLINED, STARTED, COMPLETED, NOT_ENGAGED, WITHDRAWN;

	/** The states this one may move to; none once the referral has ended. */
	public Set<ReferralState> next() {
		return switch (this) {
			case SENT -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);
			case ACCEPTED -> EnumSet.of(STARTED, NOT_ENGAGED, WITHDRAWN);
			case STARTED -> EnumSet.of(COMPLETED, NOT_ENGAGED, WITHDRAWN);
			case DECLINED, COMPLETED, NOT_ENGAGED, WITHDRAWN -> EnumSet.noneOf(ReferralState.class);
		};
	}

	public boolean ended() {
		return next().isEmpty();
	}

}
