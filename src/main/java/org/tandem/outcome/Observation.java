package org.tandem.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tandem.outcome.Measure.Period;

/** A value of a measure a person recorded for a youth, on the day it describes. */
public record Observation(UUID id, UUID youthId, String measureId, Domain domain, BigDecimal value,
		LocalDate observedOn, Period period, String source, String note, String frameworkId, int frameworkVersion,
		UUID recordedBy, UUID recordedAgency, Instant recordedAt) {
}
