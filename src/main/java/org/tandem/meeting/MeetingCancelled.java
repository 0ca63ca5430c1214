package org.tandem.meeting;

import org.tandem.platform.YouthId;

import java.util.List;

/**
 * An MDT meeting was cancelled before it was held; published in the transaction that
 * cancels it.
 */
public record MeetingCancelled(MeetingId meetingId, List<YouthId> youthIds) {
}
