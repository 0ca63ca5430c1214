package org.tandem.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.county.Counties;
import org.tandem.evidence.ReferenceRules.Determination;
import org.tandem.evidence.ValidationRecords.ScreeningRow;
import org.tandem.evidence.ValidationReport.Group;
import org.tandem.instrument.Instrument;
import org.tandem.instrument.Instruments;
import org.tandem.platform.Suppression;

/**
 * Validates an instrument version against the county's own outcomes: pairs each screening
 * counted with its reference outcome ({@link ReferenceRules}) and computes the statistics
 * ({@link Tables}), overall and by subgroup, suppressing any group with fewer positives
 * or negatives than the county's smallest count shown ({@link Suppression#threshold()},
 * 11 by the California guideline).
 */
@Service
@Transactional(readOnly = true)
public class Validations {

	private final ValidationRecords records;

	private final Instruments instruments;

	private final Counties counties;

	private final Suppression suppression;

	private final Clock clock;

	Validations(ValidationRecords records, Instruments instruments, Counties counties, Suppression suppression,
			Clock clock) {
		this.records = records;
		this.instruments = instruments;
		this.counties = counties;
		this.suppression = suppression;
		this.clock = clock;
	}

	/**
	 * The fewest positives, negatives, screenings or pairs whose statistics are shown.
	 */
	public int smallestCell() {
		return suppression.threshold();
	}

	/** A screening with its outcome. */
	record Paired(ScreeningRow screening, ReferenceOutcome outcome) {
	}

	/** The validation; an unknown instrument or version is {@code T5003}. */
	public ValidationReport validate(ValidationQuery query) {
		Instrument instrument = instruments.get(query.instrumentId(), query.version());
		List<ScreeningRow> rows = counted(query.screenings(),
				records.screenings(query.instrumentId(), query.version(), query.from(), query.to()));
		Map<UUID, List<Determination>> determinations = records.determinations(query.instrumentId(), query.version(),
				query.from(), query.to());
		ReferenceRules rules = new ReferenceRules(query.windowDays(), query.noDeterminationIs(), today());
		List<Paired> paired = rows.stream()
			.map(row -> new Paired(row,
					rules.judge(row.screenedOn(), determinations.getOrDefault(row.youthId(), List.of()))))
			.toList();
		Tables tables = new Tables(instrument, smallestCell());
		Tables.Result all = tables.of(paired);
		List<Group> groups = new ArrayList<>();
		for (GroupBy by : query.by()) {
			Map<String, List<Paired>> byGroup = new LinkedHashMap<>();
			paired.forEach(p -> byGroup.computeIfAbsent(by.groupOf(p.screening()), g -> new ArrayList<>()).add(p));
			byGroup.forEach((group, members) -> groups.add(tables.of(members).asGroup(by, group)));
		}
		return new ValidationReport(query.instrumentId(), query.version(), query.from(), query.to(), query.windowDays(),
				query.noDeterminationIs(), query.screenings(), all.suppressed(), all.n(), all.positives(),
				all.negatives(), all.excluded(), all.auc(), all.aucCi95(), all.roc(), all.cutoffs(), tables.alpha(rows),
				groups);
	}

	/** The first screening of each youth (rows come by youth and date), or all. */
	static List<ScreeningRow> counted(ScreeningsCounted which, List<ScreeningRow> rows) {
		if (which == ScreeningsCounted.EACH) {
			return rows;
		}
		Set<UUID> seen = new HashSet<>();
		return rows.stream().filter(row -> seen.add(row.youthId())).toList();
	}

	/** Today in the county. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(counties.currentZone()));
	}

}
