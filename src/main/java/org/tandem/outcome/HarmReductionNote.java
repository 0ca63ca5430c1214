package org.tandem.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Progress while harm continues: a note on a measure that improved ("now calls her worker
 * before leaving"), shown as progress on the record.
 */
public record HarmReductionNote(UUID id, UUID youthId, String measureId, Domain domain, LocalDate notedOn, String note,
		UUID recordedBy, String recordedByName, Instant recordedAt) {
}
