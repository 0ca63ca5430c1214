package org.tandem.evidence;

import java.time.LocalDate;
import java.util.List;

/** What a validation is asked for; the API checks each part. */
public record ValidationQuery(String instrumentId, int version, LocalDate from, LocalDate to, int windowDays,
		NoDetermination noDeterminationIs, ScreeningsCounted screenings, List<GroupBy> by) {
}
