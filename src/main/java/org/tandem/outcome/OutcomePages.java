package org.tandem.outcome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tandem.outcome.StageOfChange.Concern;
import org.tandem.outcome.StageOfChange.Stage;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.sharing.Category;
import org.tandem.sharing.Denials;

/**
 * The outcomes section of a youth's record: per domain a trajectory chart and the same
 * values in a table, the stages of change over time, harm-reduction notes, and the forms
 * to record an observation or a stage. Forms post here and go back to the record; what
 * happened travels in a flash addressed to the section (as the placements section does),
 * with everything typed when it was refused.
 */
@Controller
class OutcomePages {

	static final String OBSERVATION = "observation", STAGE = "stage";

	private final Outcomes outcomes;

	private final Stages stages;

	private final HarmReduction harmReduction;

	private final Denials denials;

	private final Problems problems;

	private final Clock clock;

	OutcomePages(Outcomes outcomes, Stages stages, HarmReduction harmReduction, Denials denials, Problems problems,
			Clock clock) {
		this.outcomes = outcomes;
		this.stages = stages;
		this.harmReduction = harmReduction;
		this.denials = denials;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/youth/{youthId}/outcomes")
	String section(@PathVariable UUID youthId, Model model, Locale locale) {
		return denials.section(youthId, Category.OUTCOMES, "outcomes.section.title", model, () -> {
			List<OutcomeSeries> series = outcomes.visibleSeries(youthId);
			model.addAttribute("youthId", youthId);
			model.addAttribute("domains", OutcomeCharts.of(series, locale));
			model.addAttribute("observable",
					series.stream().map(OutcomeSeries::measure).filter(m -> !m.derived()).toList());
			model.addAttribute("stages", stages.history(youthId));
			model.addAttribute("notes", harmReduction.notes(youthId));
			model.addAttribute("stageValues", Stage.values());
			model.addAttribute("concerns", Concern.values());
			model.addAttribute("today", LocalDate.now(clock.withZone(outcomes.zone())));
			if (!model.containsAttribute("typed")) {
				model.addAttribute("typed", Map.of());
				model.addAttribute("invalid", Set.of());
			}
			return "outcome/section :: section";
		});
	}

	@PostMapping("/youth/{youthId}/outcome-observations")
	String observe(@PathVariable UUID youthId, @RequestParam(required = false) String measureId,
			@RequestParam(required = false) String value, @RequestParam(required = false) String observedOn,
			@RequestParam(required = false) String note, HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> typed = typed(OBSERVATION, "measureId", measureId, "value", value, "observedOn", observedOn,
				"note", note);
		return act(youthId, OBSERVATION, typed, request, response,
				() -> outcomes.record(youthId,
						new Outcomes.NewObservation(measureId, number(value, "value"),
								Inputs.date(observedOn, "observedOn"), null, null, note)),
				"outcomes.observation.saved");
	}

	@PostMapping("/youth/{youthId}/stages")
	String stage(@PathVariable UUID youthId, @RequestParam(required = false) String concern,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String assessedOn,
			@RequestParam(required = false) String note, HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> typed = typed(STAGE, "concern", concern, "stage", stage, "assessedOn", assessedOn, "note",
				note);
		return act(youthId, STAGE, typed, request, response,
				() -> stages.record(youthId,
						new Stages.NewStage(concern, stage, Inputs.date(assessedOn, "assessedOn"), note)),
				"outcomes.stage.saved");
	}

	/**
	 * Does the change and goes back to the record; a refusal the worker can fix comes
	 * back with its message and what was typed.
	 */
	private String act(UUID youthId, String form, Map<String, String> typed, HttpServletRequest request,
			HttpServletResponse response, Runnable change, String savedKey) {
		Map<String, Object> outcome = new HashMap<>();
		try {
			change.run();
			outcome.put("savedKey", savedKey);
		}
		catch (TandemException ex) {
			if (ex.code().status() == HttpStatus.NOT_FOUND || ex.code().status() == HttpStatus.FORBIDDEN) {
				throw ex;
			}
			outcome.put("problem", ex.fieldErrors().isEmpty() ? problems.message(ex.code(), ex.args())
					: problems.message(ex.fieldErrors().get(0)));
			outcome.put("typed", typed);
			Set<String> invalid = new HashSet<>();
			ex.fieldErrors().forEach(error -> invalid.add(form + "." + error.field()));
			outcome.put("invalid", invalid);
		}
		FlashMap flash = new FlashMap();
		flash.putAll(outcome);
		flash.setTargetRequestPath(request.getContextPath() + "/youth/" + youthId + "/outcomes");
		RequestContextUtils.getFlashMapManager(request).saveOutputFlashMap(flash, request, response);
		return "redirect:/youth/" + youthId + "#outcomes";
	}

	private static BigDecimal number(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw TandemException.onField(ErrorCode.INVALID_PARAMETER, field, field);
		}
	}

	private static Map<String, String> typed(String form, String... namesAndValues) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				typed.put(form + "." + namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return typed;
	}

}
