package org.tandem.status;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.Inputs;
import org.tandem.platform.PageOutcomes;
import org.tandem.screening.ScreeningService;
import org.tandem.sharing.Category;
import org.tandem.sharing.Denials;
import org.tandem.status.StatusService.Closing;
import org.tandem.status.StatusService.NewDetermination;
import org.tandem.status.StatusService.NewIncident;
import org.tandem.status.StatusValues.State;
import org.tandem.platform.YouthId;

/**
 * The status section of a youth's record: determinations current and past, incidents, and
 * their forms.
 */
@Controller
class StatusPages {

	private final StatusService status;

	private final Timeline timeline;

	private final ScreeningService screenings;

	private final PageOutcomes outcomes;

	private final Denials denials;

	StatusPages(StatusService status, Timeline timeline, ScreeningService screenings, PageOutcomes outcomes,
			Denials denials) {
		this.denials = denials;
		this.status = status;
		this.timeline = timeline;
		this.screenings = screenings;
		this.outcomes = outcomes;
	}

	@GetMapping("/youth/{youthId}/timeline")
	String timeline(@PathVariable UUID youthId, Model model) {
		model.addAttribute("entries", timeline.of(YouthId.of(youthId)));
		model.addAttribute("zone", screenings.zone());
		return "status/timeline :: timeline";
	}

	@GetMapping("/youth/{youthId}/status")
	String section(@PathVariable UUID youthId, Model model) {
		return denials.section(youthId, Category.CSE_STATUS, "status.section.title", model,
				() -> filled(youthId, model));
	}

	private String filled(UUID youthId, Model model) {
		List<Determination> determinations = status.determinations(youthId);
		model.addAttribute("current", determinations.stream().filter(Determination::current).toList());
		model.addAttribute("past", determinations.stream().filter(d -> !d.current()).toList());
		model.addAttribute("incidents", status.incidents(youthId));
		model.addAttribute("screenings", screenings.forYouth(youthId).stream().filter(s -> s.submitted()).toList());
		model.addAttribute("kinds", StatusValues.Kind.values());
		model.addAttribute("sources", StatusValues.Source.values());
		model.addAttribute("incidentSources", StatusValues.IncidentSource.values());
		model.addAttribute("incidentKinds", StatusValues.IncidentKind.values());
		model.addAttribute("today", status.today());
		return "status/section :: section";
	}

	@PostMapping("/youth/{youthId}/determinations")
	String determine(@PathVariable UUID youthId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String determinedAt, @RequestParam(required = false) String source,
			@RequestParam(required = false) String screeningId, @RequestParam(required = false) String note,
			@RequestParam(required = false) List<String> incidentIds, RedirectAttributes redirect) {
		return outcome(youthId, redirect, () -> status.record(youthId, new NewDetermination(kind, determinedAt, source,
				Inputs.uuid(screeningId, "screeningId"), note, ids(incidentIds, "incidentIds"))));
	}

	@PostMapping("/determinations/{id}/close")
	String close(@PathVariable UUID id, @RequestParam UUID youthId, @RequestParam String state,
			@RequestParam(required = false) String closedOn, @RequestParam(required = false) String lastKnownOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		State closing = "RULED_OUT".equals(state) ? State.RULED_OUT : State.RESOLVED;
		return outcome(youthId, redirect, () -> status.close(id, closing,
				new Closing(Inputs.date(closedOn, "closedOn"), Inputs.date(lastKnownOn, "lastKnownOn"), reason)));
	}

	@PostMapping("/youth/{youthId}/incidents")
	String incident(@PathVariable UUID youthId, HttpServletRequest request, RedirectAttributes redirect) {
		return outcome(youthId, redirect, () -> status.recordIncident(youthId,
				new NewIncident(date(request, "occurredFrom"), date(request, "occurredTo"),
						request.getParameter("approximate") != null, request.getParameter("locationCounty"),
						request.getParameter("locationCity"), list(request, "sourceTypes"), list(request, "kinds"),
						request.getParameter("reportedToLawEnforcement") != null, null, request.getParameter("note"),
						ids(list(request, "determinationIds"), "determinationIds"))));
	}

	private String outcome(UUID youthId, RedirectAttributes redirect, Runnable action) {
		return outcomes.redirect("/youth/" + youthId + "#status", redirect, action);
	}

	private static java.time.LocalDate date(HttpServletRequest request, String name) {
		return Inputs.date(request.getParameter(name), name);
	}

	private static List<UUID> ids(List<String> values, String field) {
		return values == null ? null : values.stream().map(v -> Inputs.uuid(v, field)).filter(v -> v != null).toList();
	}

	private static List<String> list(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? List.of() : List.of(values);
	}

}
