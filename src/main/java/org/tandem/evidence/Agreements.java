package org.tandem.evidence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.evidence.ValidationRecords.ScreeningRow;
import org.tandem.instrument.Instrument;
import org.tandem.instrument.InstrumentDefinition.Level;
import org.tandem.instrument.Instruments;
import org.tandem.platform.Suppression;

/**
 * Agreement between screeners. A youth's screenings in the period are taken in date
 * order; a screening and the next one form a pair when different people submitted them
 * within {@code withinDays}, and a screening is in at most one pair. Levels are ordered
 * as the instrument lists them, so the weights of weighted kappa do not depend on which
 * levels happened to be used.
 */
@Service
@Transactional(readOnly = true)
public class Agreements {

	private final ValidationRecords records;

	private final Instruments instruments;

	private final Suppression suppression;

	Agreements(ValidationRecords records, Instruments instruments, Suppression suppression) {
		this.records = records;
		this.instruments = instruments;
		this.suppression = suppression;
	}

	/** The agreement; an unknown instrument or version is {@code T5003}. */
	public AgreementReport agreement(String instrumentId, int version, LocalDate from, LocalDate to, int withinDays) {
		Instrument instrument = instruments.get(instrumentId, version);
		Map<String, Integer> order = new HashMap<>();
		for (Level level : instrument.definition().scoring().levels()) {
			order.put(level.id(), order.size());
		}
		List<int[]> pairs = pairs(records.screenings(instrumentId, version, from, to), withinDays, order);
		if (pairs.size() < suppression.threshold()) {
			return new AgreementReport(instrumentId, version, from, to, withinDays, true, null, null, null, null, null);
		}
		Kappa kappa = Kappa.of(pairs.stream().mapToInt(p -> p[0]).toArray(),
				pairs.stream().mapToInt(p -> p[1]).toArray(), order.size());
		Estimate plain = kappa.unweighted();
		Estimate weighted = kappa.quadraticallyWeighted();
		return new AgreementReport(instrumentId, version, from, to, withinDays, false, pairs.size(), plain.value(),
				interval(plain), weighted.value(), interval(weighted));
	}

	/** Pairs of level indexes; rows come by youth and date. */
	static List<int[]> pairs(List<ScreeningRow> rows, int withinDays, Map<String, Integer> order) {
		List<int[]> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < rows.size(); i++) {
			ScreeningRow first = rows.get(i);
			ScreeningRow second = rows.get(i + 1);
			boolean paired = first.youthId().equals(second.youthId())
					&& !Objects.equals(first.submittedBy(), second.submittedBy())
					&& ChronoUnit.DAYS.between(first.screenedOn(), second.screenedOn()) <= withinDays
					&& order.containsKey(first.level()) && order.containsKey(second.level());
			if (paired) {
				pairs.add(new int[] { order.get(first.level()), order.get(second.level()) });
				i++;
			}
		}
		return pairs;
	}

	private static List<Double> interval(Estimate estimate) {
		return estimate.lower() == null ? null : List.of(estimate.lower(), estimate.upper());
	}

}
