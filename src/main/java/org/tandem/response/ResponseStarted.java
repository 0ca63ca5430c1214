package org.tandem.response;

import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;
import org.tandem.protocol.ResponseTier;

import java.time.Instant;

/** A team response started; published in the transaction that starts it. */
public record ResponseStarted(ResponseId responseId, YouthId youthId, ResponseTier tier, String jurisdiction,
		AgencyId leadAgencyId, Instant identifiedAt, UserId startedBy) {
}
