package org.tandem.service;

import java.time.Instant;
import java.time.LocalDate;

import org.tandem.platform.AgencyId;
import org.tandem.platform.UserId;
import org.tandem.platform.YouthId;

/**
 * A referral moved from one state to another (a new referral: from null to SENT), on the
 * day given, recorded by whom; published in the recording transaction.
 *
 * @param reason the decline's reason, null for other moves
 */
public record ReferralMoved(ReferralId referralId, YouthId youthId, String need, ReferralState from, ReferralState to,
		LocalDate on, DeclineReason reason, UserId by, AgencyId byAgency, Instant recordedAt) {
}
