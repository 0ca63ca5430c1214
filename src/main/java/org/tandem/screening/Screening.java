package org.tandem.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.instrument.Score;

/**
 * One screening of one youth with one instrument version. A draft changes as the worker
 * types; once submitted it never changes, and an amendment is a new screening that points
 * to it.
 *
 * @param result the result of submission (the answers scored by the instrument version,
 * which never changes); null for drafts
 */
public record Screening(UUID id, UUID youthId, String instrumentId, int instrumentVersion, Integer scoringVersion,
		ScreeningStatus status, Map<String, String> answers, Map<String, List<Source>> sources, boolean scriptConfirmed,
		LocalDate screenedOn, UUID startedBy, Instant startedAt, Instant updatedAt, UUID submittedBy,
		Instant submittedAt, Score result, UUID amendsId, String amendmentReason, UUID amendedById, boolean imported,
		int version) {

	public boolean submitted() {
		return status == ScreeningStatus.SUBMITTED;
	}

	/** Items whose only recorded source is the youth's own word: allowed, but shown. */
	public List<String> selfDisclosureOnly() {
		return sources.entrySet()
			.stream()
			.filter(entry -> entry.getValue()
				.stream()
				.filter(java.util.Objects::nonNull)
				.distinct()
				.toList()
				.equals(List.of(Source.YOUTH)))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}
}
