package org.tandem.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.outcome.Measure.Period;
import org.tandem.outcome.OutcomeSeries.Value;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.sharing.Disclosures;
import org.tandem.youth.YouthRegistry;

/**
 * A youth's outcome measures: observations people record, and series read back with their
 * changes and trend. Derived measures are computed, never typed. Every read and write
 * asks the decision point for the measure's category (outcomes, or mental health and
 * substance use for those domains) and is audited, refusals too.
 */
@Service
@Transactional
public class Outcomes {

	static final String OBSERVED = "OUTCOME_OBSERVED", VIEWED = "OUTCOMES_VIEWED";

	static final int MAX_SOURCE = 200, MAX_NOTE = 2000;

	/** What a person records; {@code period} and {@code source} may be left out. */
	record NewObservation(String measureId, BigDecimal value, LocalDate observedOn, String period, String source,
			String note) {
	}

	private final OutcomeFrameworks frameworks;

	private final Observations observations;

	private final DerivedMeasures derived;

	private final YouthRegistry youth;

	private final Disclosures disclosures;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	Outcomes(OutcomeFrameworks frameworks, Observations observations, DerivedMeasures derived, YouthRegistry youth,
			Disclosures disclosures, Counties counties, AuditLog audit, Clock clock) {
		this.frameworks = frameworks;
		this.observations = observations;
		this.derived = derived;
		this.youth = youth;
		this.disclosures = disclosures;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
	}

	Observation record(UUID youthId, NewObservation request) {
		youth.requireExists(youthId);
		OutcomeFramework framework = frameworks.current();
		Measure measure = frameworks.measure(request.measureId(), "measureId");
		disclosures.require(youthId, measure.domain().category(), Purpose.current());
		if (measure.derived()) {
			throw TandemException.onField(ErrorCode.OUTCOME_MEASURE_DERIVED, "measureId", measure.id());
		}
		BigDecimal value = Inputs.required(request.value(), "value");
		if (!measure.range().contains(value)) {
			throw TandemException.onField(ErrorCode.OUTCOME_VALUE_OUT_OF_RANGE, "value", "value",
					measure.range().min().stripTrailingZeros().toPlainString(),
					measure.range().max().stripTrailingZeros().toPlainString());
		}
		LocalDate on = pastDay(youthId, Inputs.required(request.observedOn(), "observedOn"), "observedOn");
		Period period = Inputs.choice(Period.class, request.period(), "period");
		CountyMember me = Tenancy.currentMember().orElseThrow(() -> new TandemException(ErrorCode.NOT_AUTHENTICATED));
		Observation observation = new Observation(UUID.randomUUID(), youthId, measure.id(), measure.domain(),
				value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros(), on,
				period == null ? measure.period() : period, Inputs.text(request.source(), "source", MAX_SOURCE),
				Inputs.text(request.note(), "note", MAX_NOTE), framework.id(), framework.version(), me.userId(),
				me.agencyId(), clock.instant());
		observations.insert(observation);
		audit.record(OBSERVED, youthId, Purpose.current(), measure.domain().category() + " " + measure.id());
		return observation;
	}

	/**
	 * One measure's series for the youth; refused (403, audited) to whoever may not see
	 * its category, or the facts a derived measure is computed from.
	 */
	public OutcomeSeries series(UUID youthId, String measureId) {
		youth.requireExists(youthId);
		Measure measure = frameworks.measure(measureId, "measureId");
		disclosures.require(youthId, measure.domain().category(), Purpose.current());
		return audit.seen(VIEWED, youthId, measure.domain().category() + " " + measure.id(),
				() -> OutcomeSeries.of(measure, values(youthId, measure)));
	}

	/**
	 * Every measure of the framework this person may see for the youth, with values or
	 * not, in the framework's order; measures they may not see are left out, not refused.
	 */
	public List<OutcomeSeries> visibleSeries(UUID youthId) {
		youth.requireExists(youthId);
		var decisions = disclosures.decideAll(Tenancy.currentMember().orElse(null), youthId, Purpose.current());
		List<OutcomeSeries> shown = frameworks.current()
			.measures()
			.stream()
			.filter(measure -> decisions.get(measure.domain().category()).allowed())
			.filter(measure -> !measure.derived() || derived.maySeeSources(youthId, measure.derivation()))
			.map(measure -> OutcomeSeries.of(measure, values(youthId, measure)))
			.toList();
		shown.stream()
			.map(series -> series.measure().domain().category())
			.distinct()
			.forEach(category -> audit.record(VIEWED, youthId, Purpose.current(), category + " all measures"));
		return shown;
	}

	private List<Value> values(UUID youthId, Measure measure) {
		if (measure.derived()) {
			return derived.values(youthId, measure.derivation());
		}
		return observations.of(youthId, measure.id())
			.stream()
			.map(o -> new Value(o.observedOn(), o.value(), false))
			.toList();
	}

	java.time.ZoneId zone() {
		return counties.currentZone();
	}

	/** A day that has happened (in the county), and not before the youth was born. */
	LocalDate pastDay(UUID youthId, LocalDate day, String field) {
		if (day.isAfter(LocalDate.now(clock.withZone(counties.currentZone())))) {
			throw TandemException.onField(ErrorCode.DATE_IN_FUTURE, field, field);
		}
		LocalDate born = youth.dateOfBirth(youthId);
		if (born != null && day.isBefore(born)) {
			throw TandemException.onField(ErrorCode.BEFORE_BIRTH, field, field, born);
		}
		return day;
	}

}
