package org.tandem.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.county.Agencies;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.sharing.Category;
import org.tandem.sharing.Denials;
import org.tandem.youth.YouthRegistry;

/**
 * The service plan on the youth's record: the section (the newest version's needs) and
 * the form for the next version, which starts from the newest and offers the needs the
 * assessment suggests. Rows are added and removed by the server, so it works from the
 * keyboard without scripts; a refused save comes back with everything typed.
 */
@Controller
class ServicePlanPages {

	private static final Pattern ROW_FIELD = Pattern.compile("needs\\[(\\d+)\\]\\.(\\w+)");

	private final ServicePlans plans;

	private final ServicePlanSuggestions suggestions;

	private final ServiceNeeds needs;

	private final Agencies agencies;

	private final YouthRegistry youth;

	private final Problems problems;

	private final Denials denials;

	ServicePlanPages(ServicePlans plans, ServicePlanSuggestions suggestions, ServiceNeeds needs, Agencies agencies,
			YouthRegistry youth, Problems problems, Denials denials) {
		this.plans = plans;
		this.suggestions = suggestions;
		this.needs = needs;
		this.agencies = agencies;
		this.youth = youth;
		this.problems = problems;
		this.denials = denials;
	}

	/** One problem of the refused form: the id of its input and what it says. */
	record FormError(String anchor, String message) {
	}

	@GetMapping("/youth/{youthId}/service-plan")
	String section(@PathVariable UUID youthId, Model model) {
		return denials.section(youthId, Category.SERVICES, "services.plan.title", model, () -> {
			model.addAttribute("plan", plans.newestVersion(youthId) == 0 ? null : plans.current(youthId));
			return "service/section :: section";
		});
	}

	@GetMapping("/youth/{youthId}/service-plan/new")
	String form(@PathVariable UUID youthId, Model model) {
		ServicePlan newest = plans.newestVersion(youthId) == 0 ? null : plans.current(youthId);
		return form(youthId, ServicePlanForm.from(newest), List.of(), Map.of(), null, model);
	}

	/**
	 * Saves the next version, or (with {@code action=add}, {@code remove:index} or
	 * {@code suggest}) changes the rows and shows the form again without saving.
	 */
	@PostMapping("/youth/{youthId}/service-plan")
	String save(@PathVariable UUID youthId, @RequestParam MultiValueMap<String, String> request, Model model,
			RedirectAttributes redirect) {
		youth.requireExists(youthId);
		ServicePlanForm form = ServicePlanForm.from(request);
		String action = String.valueOf(request.getFirst("action"));
		if (action.equals("add")) {
			form.rows.add(new ServicePlanForm.Row());
			return form(youthId, form, List.of(), Map.of(), null, model);
		}
		if (action.startsWith("remove:")) {
			try {
				int row = Integer.parseInt(action.substring(7));
				if (row >= 0 && row < form.rows.size()) {
					form.rows.remove(row);
				}
			}
			catch (NumberFormatException ex) {
				// nothing to remove
			}
			return form(youthId, form, List.of(), Map.of(), null, model);
		}
		if (action.equals("suggest")) {
			List<String> chosen = request.getOrDefault("suggested", List.of());
			for (String choice : chosen) {
				String[] parts = choice.split(" ", 2);
				form.addSuggested(parts[0], parts.length > 1 ? parts[1] : null);
			}
			return form(youthId, form, List.of(), Map.of(), null, model);
		}
		try {
			plans.save(youthId, form.needs(), form.participated(), form.basedOnVersion);
			redirect.addFlashAttribute("servicePlanSaved", true);
			return "redirect:/youth/" + youthId + "#service-plan";
		}
		catch (TandemException ex) {
			if (!ex.code().status().is4xxClientError() || ex.code() == ErrorCode.YOUTH_NOT_FOUND
					|| ex.code().status().value() == 403) {
				throw ex;
			}
			Integer newest = null;
			if (ex.code() == ErrorCode.SERVICE_PLAN_REVISED_MEANWHILE) {
				// the writer has now been told; saving again makes their rows the next
				// version
				newest = plans.newestVersion(youthId);
				form.basedOnVersion = newest;
			}
			List<FormError> errors = new ArrayList<>();
			Map<String, String> errorAt = new LinkedHashMap<>();
			if (ex.fieldErrors().isEmpty()) {
				errors.add(new FormError(null, problems.message(ex.code(), ex.args())));
			}
			for (TandemException.FieldError error : ex.fieldErrors()) {
				String anchor = anchor(form, error.field());
				String message = problems.message(error);
				errors.add(new FormError(anchor, message));
				errorAt.putIfAbsent(anchor, message);
			}
			return form(youthId, form, errors, errorAt, newest, model);
		}
	}

	/**
	 * The id of the input a field names: {@code needs[2].goal} of the third row saved is
	 * {@code goal-4} when the form had a blank row before it.
	 */
	static String anchor(ServicePlanForm form, String field) {
		Matcher matcher = ROW_FIELD.matcher(field == null ? "" : field);
		if (matcher.matches()) {
			String input = switch (matcher.group(2)) {
				case "responsibleAgencyId" -> "agency";
				case "responsiblePerson" -> "person";
				default -> matcher.group(2);
			};
			return input + "-" + form.rowOf(Integer.parseInt(matcher.group(1)));
		}
		return field;
	}

	private String form(UUID youthId, ServicePlanForm form, List<FormError> errors, Map<String, String> errorAt,
			Integer newest, Model model) {
		model.addAttribute("youthId", youthId);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("errorAt", errorAt);
		model.addAttribute("newest", newest);
		model.addAttribute("taxonomy", needs.current());
		model.addAttribute("agencies", agencies.findActive());
		model.addAttribute("priorities", NeedPriority.values());
		model.addAttribute("statuses", NeedStatus.values());
		model.addAttribute("maxNeeds", PlanNeedInput.MAX_NEEDS);
		// the needs the assessment suggests: explained in their place for a writer who
		// may not see the assessment
		var assessments = denials.denial(youthId, Category.ASSESSMENTS);
		model.addAttribute("assessmentDenial", assessments);
		model.addAttribute("suggestions", assessments == null ? suggestions.forYouth(youthId) : null);
		return "service/form";
	}

}
