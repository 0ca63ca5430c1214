package org.tandem.screening;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.instrument.InstrumentDefinition.Kind;
import org.tandem.instrument.InstrumentSummary;
import org.tandem.instrument.Instruments;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.sharing.Category;
import org.tandem.sharing.Denials;
import org.tandem.youth.YouthRegistry;

/**
 * Screening pages: the section on a youth's record, the draft that saves itself as the
 * worker answers, submission, the result with its guide to action, amendment, and the
 * worklist.
 */
@Controller
class ScreeningPages {

	private final ScreeningService screenings;

	private final ScreeningRecording recording;

	private final ScreeningSchedule schedule;

	private final Instruments instruments;

	private final YouthRegistry youth;

	private final Problems problems;

	private final Clock clock;

	private final Denials denials;

	private final ScreeningContexts contexts;

	private final ScreeningsWithContext withContext;

	ScreeningPages(ScreeningService screenings, ScreeningRecording recording, ScreeningSchedule schedule,
			Instruments instruments, YouthRegistry youth, Problems problems, Clock clock, Denials denials,
			ScreeningContexts contexts, ScreeningsWithContext withContext) {
		this.contexts = contexts;
		this.withContext = withContext;
		this.recording = recording;
		this.denials = denials;
		this.screenings = screenings;
		this.schedule = schedule;
		this.instruments = instruments;
		this.youth = youth;
		this.problems = problems;
		this.clock = clock;
	}

	/** The screenings section of a youth's record, loaded into the record page. */
	@GetMapping("/youth/{youthId}/screenings")
	String section(@PathVariable UUID youthId, Model model) {
		model.addAttribute("youthId", youthId);
		// results the person may not see are explained; their own drafts still show
		model.addAttribute("denial", denials.denial(youthId, Category.SCREENING_RESULTS));
		model.addAttribute("screenings", screenings.forYouth(youthId));
		List<InstrumentSummary> choices = instruments.available()
			.stream()
			.filter(instrument -> instrument.kind() == Kind.SCREENING)
			.toList();
		model.addAttribute("instruments", choices);
		model.addAttribute("preferred", preferred(choices));
		model.addAttribute("mayScreen", screenings.mayScreen());
		return "screening/section :: section";
	}

	@PostMapping("/youth/{youthId}/screenings")
	String start(@PathVariable UUID youthId, @RequestParam String instrument) {
		Screening draft = recording.startDraft(youthId, instrument, null);
		return "redirect:/screenings/" + draft.id();
	}

	@GetMapping("/screenings/{id}")
	String show(@PathVariable UUID id, Model model) {
		Screening screening = screenings.view(id);
		return screening.submitted() ? result(screening, model) : draft(screening, model, null);
	}

	/**
	 * Autosave: every change of the draft form lands here (htmx) and the status line says
	 * when it was kept.
	 */
	@PostMapping("/screenings/{id}/draft")
	String autosave(@PathVariable UUID id, HttpServletRequest request, Model model) {
		ScreeningForm form = ScreeningForm.from(request.getParameterMap());
		try {
			recording.saveDraft(id, form.answers(), form.sources(), form.scriptConfirmed(), form.seq());
			contexts.keepForDraft(id, ScreeningContext.from(request.getParameterMap()));
			model.addAttribute("savedAt",
					LocalTime.now(clock.withZone(zone())).format(DateTimeFormatter.ofPattern("HH:mm:ss")));
			model.addAttribute("savedAnswers", form.answers().size());
		}
		catch (TandemException ex) {
			model.addAttribute("saveError", problems.message(ex.code(), ex.args()));
		}
		return "screening/draft :: saved";
	}

	@PostMapping("/screenings/{id}/submit")
	String submit(@PathVariable UUID id, HttpServletRequest request, Model model) {
		ScreeningForm form = ScreeningForm.from(request.getParameterMap());
		try {
			recording.saveDraft(id, form.answers(), form.sources(), form.scriptConfirmed(), form.seq());
			contexts.keepForDraft(id, ScreeningContext.from(request.getParameterMap()));
			recording.submit(id, null);
			return "redirect:/screenings/" + id;
		}
		catch (TandemException ex) {
			Screening draft = screenings.view(id);
			if (draft.submitted()) {
				throw ex;
			}
			return draft(draft, model, ex);
		}
	}

	@GetMapping("/screenings/{id}/amend")
	String amendForm(@PathVariable UUID id, Model model) {
		Screening original = screenings.view(id);
		model.addAttribute("amending", true);
		return draft(original, model, null);
	}

	@PostMapping("/screenings/{id}/amend")
	String amend(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, HttpServletRequest request,
			Model model) {
		ScreeningForm form = ScreeningForm.from(request.getParameterMap());
		try {
			Screening amendment = withContext.amend(id, form.answers(), form.sources(), reason);
			return "redirect:/screenings/" + amendment.id();
		}
		catch (TandemException ex) {
			Screening original = screenings.view(id);
			Screening typed = new Screening(original.id(), original.youthId(), original.instrumentId(),
					original.instrumentVersion(), original.scoringVersion(), original.status(), form.answers(),
					form.sources(), original.scriptConfirmed(), original.screenedOn(), original.startedBy(),
					original.startedAt(), original.updatedAt(), original.submittedBy(), original.submittedAt(),
					original.result(), original.amendsId(), reason, original.amendedById(), original.imported(),
					original.version());
			model.addAttribute("amending", true);
			model.addAttribute("reason", reason);
			return draft(typed, model, ex);
		}
	}

	@GetMapping("/screenings/due")
	String due(@RequestParam(defaultValue = "AGENCY") ScreeningSchedule.Scope scope, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("due", schedule.due(scope, 200));
		model.addAttribute("zone", zone());
		return "screening/due";
	}

	private String draft(Screening screening, Model model, TandemException problem) {
		model.addAttribute("screening", screening);
		model.addAttribute("instrument", instruments.get(screening.instrumentId(), screening.instrumentVersion()));
		model.addAttribute("youth", youthName(screening.youthId()));
		model.addAttribute("sources", Source.values());
		model.addAttribute("mayScreen", screenings.mayScreen());
		model.addAttribute("context", contexts.of(screening.id()));
		model.addAttribute("settings", ScreeningSetting.values());
		model.addAttribute("knownFor", KnownYouthFor.values());
		if (problem != null) {
			model.addAttribute("problem", problems.message(problem.code(), problem.args()));
			model.addAttribute("problemFields",
					problem.fieldErrors()
						.stream()
						.map(TandemException.FieldError::field)
						.collect(java.util.stream.Collectors.toSet()));
		}
		else {
			model.addAttribute("problemFields", Set.of());
		}
		return "screening/draft";
	}

	private String result(Screening screening, Model model) {
		model.addAttribute("screening", screening);
		model.addAttribute("instrument", instruments.get(screening.instrumentId(), screening.instrumentVersion()));
		model.addAttribute("youth", youthName(screening.youthId()));
		model.addAttribute("answersDenial", denials.denial(screening.youthId(), Category.SCREENING_ANSWERS));
		return "screening/result";
	}

	private String youthName(UUID youthId) {
		return youth.view(youthId).displayName();
	}

	/**
	 * The instrument whose definition names one of the person's roles as a default (the
	 * brief screen for hotline, law enforcement and nurses), otherwise the full screen.
	 */
	private static String preferred(List<InstrumentSummary> choices) {
		Set<String> roles = Tenancy.currentMember().map(CountyMember::roleNames).orElse(Set.of());
		return choices.stream()
			.filter(i -> i.defaultForRoles().stream().anyMatch(roles::contains))
			.findFirst()
			.or(() -> choices.stream()
				.filter(i -> i.form() == org.tandem.instrument.InstrumentDefinition.Form.FULL)
				.findFirst())
			.map(InstrumentSummary::id)
			.orElse(null);
	}

	private ZoneId zone() {
		return screenings.zone();
	}

}
