package org.tandem.response;

import org.tandem.platform.YouthId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hotline report was recorded; published in its transaction.
 *
 * @param mandatedReportTaskIds the mandated-report tasks the call answers, as the hotline
 * named them
 */
public record HotlineReportRecorded(HotlineReportId reportId, YouthId youthId, Instant receivedAt,
		List<UUID> mandatedReportTaskIds) {
}
