package org.tandem.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * Agreement between screeners on the level of concern: pairs of screenings of the same
 * youth by different people within {@code withinDays} of each other. Suppressed (the
 * statistics null) with fewer pairs than {@link Validations#smallestCell()} (11).
 */
public record AgreementReport(String instrumentId, int version, LocalDate from, LocalDate to, int withinDays,
		boolean suppressed, Integer pairs, Double kappa, List<Double> kappaCi95, Double weightedKappa,
		List<Double> weightedKappaCi95) {
}
