package org.tandem.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.instrument.Instrument;
import org.tandem.instrument.InstrumentDefinition.Indicator;
import org.tandem.instrument.InstrumentDefinition.Item;
import org.tandem.instrument.InstrumentDefinition.ItemType;
import org.tandem.instrument.Instruments;
import org.tandem.instrument.Score;
import org.tandem.instrument.Text;
import org.tandem.screening.Screening;
import org.tandem.screening.ScreeningService;
import org.tandem.platform.YouthId;

/**
 * What the youth's newest needs and strengths assessment (by any agency) found to act on:
 * the needs rated "action needed" or more, each with its item, for the service plan.
 * Reading it is reading the assessment: the schedule's and the screening's own rules and
 * audit apply.
 */
@Service
@Transactional
public class AssessmentFindings {

	/** An actionable need of the assessment: the item, its domain and its rating. */
	public record Finding(String instrumentId, String itemId, Text item, Text domain, int points) {
	}

	/** The assessment the findings come from: which one, when and by which agency. */
	public record Findings(UUID assessmentId, LocalDate assessedOn, String agencyName, List<Finding> needs) {
	}

	private final AssessmentSchedule schedule;

	private final ScreeningService screenings;

	private final Instruments instruments;

	AssessmentFindings(AssessmentSchedule schedule, ScreeningService screenings, Instruments instruments) {
		this.schedule = schedule;
		this.screenings = screenings;
		this.instruments = instruments;
	}

	/** Empty when the youth has never been assessed. */
	public Optional<Findings> newestActionableNeeds(UUID youthId) {
		AssessmentStatus.LastAssessment last = schedule.dueFor(YouthId.of(youthId)).last();
		if (last == null) {
			return Optional.empty();
		}
		Screening assessment = screenings.view(last.screeningId());
		Score result = assessment.result();
		Instrument instrument = instruments.get(assessment.instrumentId(), assessment.instrumentVersion());
		List<Finding> needs = new ArrayList<>();
		if (result != null) {
			for (Score.ActionableItem actionable : result.actionable()) {
				if (actionable.type() != ItemType.NEED) {
					continue;
				}
				Item item = instrument.item(actionable.itemId());
				needs.add(new Finding(instrument.id(), item.id(), item.text(), domain(instrument, item.id()),
						actionable.points()));
			}
		}
		return Optional.of(new Findings(last.screeningId(), last.assessedOn(), last.agencyName(), needs));
	}

	private static Text domain(Instrument instrument, String itemId) {
		for (Indicator indicator : instrument.definition().indicators()) {
			if (indicator.items().stream().anyMatch(item -> item.id().equals(itemId))) {
				return indicator.title();
			}
		}
		return null;
	}

}
