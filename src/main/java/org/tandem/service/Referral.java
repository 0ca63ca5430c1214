package org.tandem.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.tandem.instrument.Text;
import org.tandem.platform.YouthId;
import org.tandem.sharing.Category;

/**
 * A referral of a youth for a need of the service plan to a provider (and program), with
 * every move it made.
 */
public record Referral(ReferralId id, YouthId youthId, String need, Text needTitle, Category category, UUID providerId,
		String providerName, UUID programId, String programName, LocalDate referredOn, ReferralState state,
		List<Move> history) {

	/**
	 * One move: from which state (null for the referral itself) to which, on which day,
	 * by whom, why.
	 */
	public record Move(ReferralState from, ReferralState to, LocalDate on, DeclineReason reason, String note,
			String byName, String byAgencyName, OffsetDateTime recordedAt) {
	}

}
