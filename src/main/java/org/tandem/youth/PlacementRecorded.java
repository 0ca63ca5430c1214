package org.tandem.youth;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A placement of a youth was recorded (a placement change); published in the transaction
 * that records it.
 */
public record PlacementRecorded(UUID youthId, UUID placementId, LocalDate startedOn, UUID recordedBy) {
}
