package org.tandem.youth;

import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;

import java.time.LocalDate;

/**
 * A placement of a youth was recorded (a placement change); published in the transaction
 * that records it.
 */
public record PlacementRecorded(YouthId youthId, PlacementId placementId, LocalDate startedOn, UserId recordedBy) {
}
