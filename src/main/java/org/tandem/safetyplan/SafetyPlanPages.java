package org.tandem.safetyplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.response.ResponseSharing;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;
import org.tandem.platform.YouthId;

/**
 * The safety plan on the youth's record: the section (current version, versions, print
 * links), the form for the next version (rows added and removed by the server, so it
 * works from the keyboard without scripts; a refused save comes back with everything
 * typed) and a version's page.
 */
@Controller
class SafetyPlanPages {

	private final SafetyPlans plans;

	private final SafetyPlanPrinter printer;

	private final YouthRegistry youth;

	private final Problems problems;

	private final ResponseSharing sharing;

	SafetyPlanPages(SafetyPlans plans, SafetyPlanPrinter printer, YouthRegistry youth, Problems problems,
			ResponseSharing sharing) {
		this.sharing = sharing;
		this.plans = plans;
		this.printer = printer;
		this.youth = youth;
		this.problems = problems;
	}

	/**
	 * One problem of the refused form: where it is (the id of its input) and what it
	 * says.
	 */
	public record FormError(String field, String anchor, String message) {
	}

	@GetMapping("/youth/{youthId}/safety-plan")
	String section(@PathVariable UUID youthId, Model model) {
		return sharing.section(youthId, Category.SAFETY_PLAN, "safety.section.title", model, () -> {
			model.addAttribute("versions", plans.versions(YouthId.of(youthId)));
			return "safety/section :: section";
		});
	}

	@GetMapping("/youth/{youthId}/safety-plan/new")
	String form(@PathVariable UUID youthId, @RequestParam(required = false) String meetingId, Model model) {
		List<SafetyPlan> versions = plans.versions(YouthId.of(youthId));
		SafetyPlanForm form = SafetyPlanForm.from(versions.isEmpty() ? null : versions.get(0), null);
		form.meetingId = meetingId;
		form.meetingId = form.meeting() == null ? null : form.meeting().toString();
		return form(youthId, form, versions.isEmpty() ? null : versions.get(0), List.of(), null, null, model);
	}

	/**
	 * Saves the next version, or (with {@code action=add:list} or
	 * {@code remove:list:index}) changes the rows and shows the form again without
	 * saving.
	 */
	@PostMapping("/youth/{youthId}/safety-plan")
	String save(@PathVariable UUID youthId, @RequestParam MultiValueMap<String, String> request, Model model,
			RedirectAttributes redirect) {
		youth.requireExists(youthId);
		SafetyPlanForm form = SafetyPlanForm.from(request);
		String action = String.valueOf(request.getFirst("action"));
		if (action.startsWith("add:")) {
			String list = action.substring(4);
			int row = form.add(list);
			return form(youthId, form, null, List.of(), null, row < 0 ? "add-" + list : rowId(list, row), model);
		}
		if (action.startsWith("remove:")) {
			String[] parts = action.split(":");
			String list = parts.length > 1 ? parts[1] : "";
			try {
				form.remove(list, Integer.parseInt(parts.length > 2 ? parts[2] : "-1"));
			}
			catch (NumberFormatException ex) {
				// nothing to remove
			}
			return form(youthId, form, null, List.of(), null, "add-" + list, model);
		}
		try {
			SafetyPlan saved = plans.save(YouthId.of(youthId), form.content(), form.basedOnVersion);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/youth/" + youthId + "/safety-plan/" + saved.version();
		}
		catch (TandemException ex) {
			if (!ex.code().status().is4xxClientError() || ex.code() == ErrorCode.YOUTH_NOT_FOUND) {
				throw ex;
			}
			Integer newest = null;
			if (ex.code() == ErrorCode.SAFETY_PLAN_REVISED_MEANWHILE) {
				// the writer has now been told; saving again makes their text the next
				// version
				newest = plans.newestVersion(YouthId.of(youthId));
				form.basedOnVersion = newest;
			}
			List<FormError> errors = new ArrayList<>();
			if (ex.fieldErrors().isEmpty()) {
				errors.add(new FormError(null, null, problems.message(ex.code(), ex.args())));
			}
			for (TandemException.FieldError error : ex.fieldErrors()) {
				errors.add(new FormError(error.field(), anchor(error.field()), problems.message(error)));
			}
			return form(youthId, form, null, errors, newest, null, model);
		}
	}

	@GetMapping("/youth/{youthId}/safety-plan/{version}")
	String version(@PathVariable UUID youthId, @PathVariable int version, Model model) {
		model.addAttribute("youthId", youthId);
		SafetyPlan plan = plans.version(YouthId.of(youthId), version);
		model.addAttribute("plan", plan);
		model.addAttribute("locationDenial",
				plan.locationWithheld() ? sharing.denial(youthId, Category.LOCATION) : null);
		model.addAttribute("newest", plans.newestVersion(YouthId.of(youthId)));
		model.addAttribute("lists", SafetyPlanContent.LISTS);
		return "safety/version";
	}

	/**
	 * The PDF for the caregiver ({@code en} or {@code es}); not {@code ?lang=}, which
	 * would switch the page language.
	 */
	@GetMapping("/youth/{youthId}/safety-plan/{version}/print/{language}")
	ResponseEntity<byte[]> print(@PathVariable UUID youthId, @PathVariable int version, @PathVariable String language) {
		return printer.download(youthId, version, language);
	}

	private String form(UUID youthId, SafetyPlanForm form, SafetyPlan basedOn, List<FormError> errors, Integer newest,
			String focus, Model model) {
		Map<String, String> errorAt = new LinkedHashMap<>();
		errors.stream().filter(e -> e.field() != null).forEach(e -> errorAt.putIfAbsent(e.field(), e.message()));
		model.addAttribute("youthId", youthId);
		model.addAttribute("form", form);
		model.addAttribute("basedOn", basedOn);
		model.addAttribute("lists", SafetyPlanContent.LISTS);
		model.addAttribute("errors", errors);
		model.addAttribute("errorAt", errorAt);
		model.addAttribute("newest", newest);
		model.addAttribute("focus", focus);
		model.addAttribute("maxEntries", SafetyPlanContent.MAX_ENTRIES);
		model.addAttribute("maxText", SafetyPlanContent.MAX_TEXT);
		// the steps if the youth runs and the transport say where the youth may be: kept
		// as they are
		// for a writer who may not see that, and explained in their place
		model.addAttribute("locationDenial", sharing.denial(youthId, Category.LOCATION));
		return "safety/form";
	}

	static String rowId(String list, int row) {
		return list + "-" + row;
	}

	/**
	 * The id of the input a field path names: {@code risksToYouth[3]} →
	 * {@code risksToYouth-3}, {@code ifYouthRuns[1].who} → {@code ifYouthRuns-1-who}.
	 */
	static String anchor(String field) {
		return field.replace("[", "-").replace("]", "").replace('.', '-');
	}

}
