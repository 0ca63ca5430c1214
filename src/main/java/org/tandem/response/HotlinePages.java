package org.tandem.response;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.county.Agencies;
import org.tandem.county.Counties;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;

/**
 * The hotline's report form (find the youth, what was reported, speed and jurisdiction)
 * and the responder's engagement page for an immediate crisis. A refused form comes back
 * with everything typed and each problem next to its field.
 */
@Controller
class HotlinePages {

	private final HotlineReports reports;

	private final Engagements engagements;

	private final Responses responses;

	private final YouthRegistry youth;

	private final Agencies agencies;

	private final Counties counties;

	private final Problems problems;

	private final ResponseSharing sharing;

	private final MandatedReportsOwed owed;

	HotlinePages(HotlineReports reports, Engagements engagements, Responses responses, YouthRegistry youth,
			Agencies agencies, Counties counties, Problems problems, ResponseSharing sharing,
			MandatedReportsOwed owed) {
		this.sharing = sharing;
		this.owed = owed;
		this.reports = reports;
		this.engagements = engagements;
		this.responses = responses;
		this.youth = youth;
		this.agencies = agencies;
		this.counties = counties;
		this.problems = problems;
	}

	/** The report form as typed; strings, so nothing typed is lost when it is refused. */
	static class ReportForm {

		public UUID youthId;

		public String receivedAt, reporterKind = "MANDATED_REPORTER", reporterName, reporterContact, youthLocation,
				concerns, speed = "IMMEDIATE_CRISIS", jurisdiction = "UNKNOWN";

		public java.util.List<UUID> mandatedReportTaskIds = new java.util.ArrayList<>();

		public boolean confirmSecondCrisis;

		public void setYouthId(UUID youthId) {
			this.youthId = youthId;
		}

		public void setReceivedAt(String v) {
			receivedAt = v;
		}

		public void setReporterKind(String v) {
			reporterKind = v;
		}

		public void setReporterName(String v) {
			reporterName = v;
		}

		public void setReporterContact(String v) {
			reporterContact = v;
		}

		public void setYouthLocation(String v) {
			youthLocation = v;
		}

		public void setConcerns(String v) {
			concerns = v;
		}

		public void setSpeed(String v) {
			speed = v;
		}

		public void setJurisdiction(String v) {
			jurisdiction = v;
		}

		public void setMandatedReportTaskIds(java.util.List<UUID> v) {
			mandatedReportTaskIds = v == null ? new java.util.ArrayList<>() : v;
		}

		public void setConfirmSecondCrisis(boolean v) {
			confirmSecondCrisis = v;
		}

	}

	@GetMapping("/hotline")
	String form(@RequestParam(required = false) UUID youthId, Model model) {
		ReportForm form = new ReportForm();
		form.youthId = youthId;
		form.receivedAt = now().toString();
		return page(form, Map.of(), null, model);
	}

	/**
	 * Youth matching the hotline's search, to choose from (each listed youth is audited
	 * by the registry).
	 */
	@GetMapping("/hotline/youth")
	String youthChoices(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("found", q.isBlank() ? java.util.List.of() : youth.search(q, 0, 10));
		return "response/hotline-choices :: choices";
	}

	@PostMapping("/hotline")
	String record(@ModelAttribute ReportForm form, Model model) {
		try {
			HotlineReport report = reports
				.record(new HotlineReport.Form(form.youthId, counties.atCountyTime(form.receivedAt, "receivedAt"),
						form.reporterKind, form.reporterName, form.reporterContact, form.youthLocation, form.concerns,
						form.speed, form.jurisdiction, form.mandatedReportTaskIds, form.confirmSecondCrisis));
			return "redirect:/youth/" + report.youthId() + "?reported#responses";
		}
		catch (TandemException ex) {
			if (ex.code() != org.tandem.platform.ErrorCode.YOUTH_NOT_FOUND
					&& ex.code().status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			// A second crisis: the warning links to the open one, and the form stays as
			// typed to confirm.
			model.addAttribute("openCrisis", ex.code() == org.tandem.platform.ErrorCode.CRISIS_ALREADY_OPEN
					? ex.extensions().get("openResponseId") : null);
			return page(form, problems.byField(ex), problems.message(ex.code(), ex.args()), model);
		}
	}

	private String page(ReportForm form, Map<String, String> errors, String problem, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("now", now());
		model.addAttribute("chosen", form.youthId == null ? null : chosen(form.youthId));
		model.addAttribute("owed", form.youthId == null ? java.util.List.of() : owed.openFor(form.youthId));
		model.addAttribute("agencyNames", agencies.findAll()
			.stream()
			.collect(java.util.stream.Collectors.toMap(org.tandem.county.Agency::id, org.tandem.county.Agency::name)));
		model.addAttribute("reporterKinds", HotlineReport.REPORTER_KINDS);
		model.addAttribute("jurisdictions", HotlineReport.JURISDICTIONS);
		model.addAttribute("recent", reports.recordedByMe(10));
		model.addAttribute("zone", responses.zone());
		return "response/hotline";
	}

	private Object chosen(UUID youthId) {
		try {
			return youth.view(youthId);
		}
		catch (TandemException ex) {
			return null;
		}
	}

	@GetMapping("/responses/{id}/engagement")
	String engagement(@PathVariable UUID id, Model model) {
		Engagement engagement = engagements.get(id);
		Map<String, String> typed = new HashMap<>();
		typed.put("engagedAt", local(engagement.engagedAt()));
		typed.put("engagedWhere", engagement.engagedWhere());
		typed.put("temporaryPlacement", engagement.temporaryPlacement());
		typed.put("medicalScheduledAt", local(engagement.medicalScheduledAt()));
		typed.put("medicalCompletedAt", local(engagement.medicalCompletedAt()));
		typed.put("mentalHealthScheduledAt", local(engagement.mentalHealthScheduledAt()));
		typed.put("mentalHealthCompletedAt", local(engagement.mentalHealthCompletedAt()));
		typed.put("note", engagement.note());
		typed.put("version", Integer.toString(engagement.version()));
		for (String need : NEEDS) {
			typed.put(need, needMet(engagement, need) ? "true" : null);
		}
		return engagementPage(id, typed, Map.of(), null, model);
	}

	private static final java.util.List<String> NEEDS = java.util.List.of("food", "shelter", "clothing", "rest",
			"humanitarianBag");

	@PostMapping("/responses/{id}/engagement")
	String saveEngagement(@PathVariable UUID id, @RequestParam Map<String, String> typed, Model model,
			RedirectAttributes redirect) {
		try {
			Engagement.Form form = new Engagement.Form(counties.atCountyTime(typed.get("engagedAt"), "engagedAt"),
					typed.get("engagedWhere"), typed.get("temporaryPlacement"), typed.containsKey("food"),
					typed.containsKey("shelter"), typed.containsKey("clothing"), typed.containsKey("rest"),
					typed.containsKey("humanitarianBag"),
					counties.atCountyTime(typed.get("medicalScheduledAt"), "medicalScheduledAt"),
					counties.atCountyTime(typed.get("medicalCompletedAt"), "medicalCompletedAt"), typed.get("note"),
					parseVersion(typed.get("version")), typed.get("lateReason"),
					counties.atCountyTime(typed.get("mentalHealthScheduledAt"), "mentalHealthScheduledAt"),
					counties.atCountyTime(typed.get("mentalHealthCompletedAt"), "mentalHealthCompletedAt"));
			engagements.save(id, form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/responses/" + id + "/engagement";
		}
		catch (TandemException ex) {
			if (ex.code().status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			return engagementPage(id, typed, problems.byField(ex), problems.message(ex.code(), ex.args()), model);
		}
	}

	private String engagementPage(UUID id, Map<String, String> typed, Map<String, String> errors, String problem,
			Model model) {
		TeamResponse response = responses.get(id);
		model.addAttribute("response", response);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("needs", NEEDS);
		model.addAttribute("now", now());
		HotlineReport report = reports.forResponse(id).orElse(null);
		model.addAttribute("report", report);
		// the report is the youth's status: explained, not silently missing, where it may
		// not be seen
		model.addAttribute("reportDenial",
				report == null ? sharing.denial(response.youthId(), Category.CSE_STATUS) : null);
		model.addAttribute("agencies", agencies.findAll());
		return "response/engagement";
	}

	private static boolean needMet(Engagement engagement, String need) {
		return switch (need) {
			case "food" -> engagement.food();
			case "shelter" -> engagement.shelter();
			case "clothing" -> engagement.clothing();
			case "rest" -> engagement.rest();
			default -> engagement.humanitarianBag();
		};
	}

	private static Integer parseVersion(String value) {
		try {
			return value == null ? 0 : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw TandemException.onField(org.tandem.platform.ErrorCode.INVALID_PARAMETER, "version", "version");
		}
	}

	private LocalDateTime now() {
		return LocalDateTime.now(responses.zone()).withSecond(0).withNano(0);
	}

	private String local(java.time.OffsetDateTime value) {
		return value == null ? null
				: value.atZoneSameInstant(responses.zone()).toLocalDateTime().withSecond(0).withNano(0).toString();
	}

}
