package org.tandem.meeting;

import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;
import org.tandem.protocol.ResponseTier;

import java.time.Instant;
import java.util.List;

/**
 * An MDT meeting was scheduled and these people invited; published in the transaction
 * that schedules it.
 */
public record MeetingScheduled(MeetingId meetingId, List<YouthId> youthIds, ResponseTier tier, Instant scheduledFor,
		AgencyId leadAgencyId, List<UserId> inviteeUserIds) {
}
