package org.tandem.youth;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/** The registry's pages: search, register (with the duplicate warning), view and edit. */
@Controller
@RequestMapping("/youth")
class YouthPages {

	static final int PAGE_SIZE = 25;

	private final YouthRegistry registry;

	private final Agencies agencies;

	YouthPages(YouthRegistry registry, Agencies agencies) {
		this.registry = registry;
		this.agencies = agencies;
	}

	@GetMapping
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		int current = Math.max(page, 0);
		List<YouthSummary> results = registry.search(q, current, PAGE_SIZE + 1);
		model.addAttribute("q", q);
		model.addAttribute("page", current);
		model.addAttribute("hasMore", results.size() > PAGE_SIZE);
		model.addAttribute("results", results.subList(0, Math.min(results.size(), PAGE_SIZE)));
		return htmx != null ? "youth/list :: results" : "youth/list";
	}

	@GetMapping("/new")
	String newYouth(Model model) {
		return form(new YouthForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("youth") YouthForm youth, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(youth, null, model);
		}
		try {
			Youth created = registry.create(youth);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/youth/" + created.id();
		}
		catch (TandemException ex) {
			if (ex.code() == ErrorCode.POSSIBLE_DUPLICATE) {
				model.addAttribute("duplicates", ex.extensions().get("candidates"));
				return form(youth, null, model);
			}
			return rejected(ex, youth, null, binding, model);
		}
	}

	/** Likely duplicates while the worker is still typing (htmx). */
	@PostMapping("/duplicates")
	String duplicates(@ModelAttribute("youth") YouthForm youth, Model model) {
		youth.tidy();
		model.addAttribute("duplicates", registry.likelyDuplicates(youth, null));
		return "youth/form :: duplicates";
	}

	@GetMapping("/{id}")
	String view(@PathVariable UUID id, Model model) {
		Youth youth = registry.view(id);
		Map<UUID, Agency> byId = agencies.findAll().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
		model.addAttribute("youth", youth);
		model.addAttribute("agencies", youth.agencyIds().stream().map(byId::get).filter(a -> a != null).toList());
		return "youth/view";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		return form(YouthForm.of(registry.view(id)), id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("youth") YouthForm youth, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(youth, id, model);
		}
		try {
			registry.update(id, youth);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/youth/" + id;
		}
		catch (TandemException ex) {
			return rejected(ex, youth, id, binding, model);
		}
	}

	private String rejected(TandemException ex, YouthForm youth, UUID id, BindingResult binding, Model model) {
		if (ex.code().status().is4xxClientError() && ex.code() != ErrorCode.YOUTH_NOT_FOUND) {
			if (ex.field() != null) {
				binding.rejectValue(ex.field(), ex.code().messageKey(), ex.args(), ex.code().slug());
			}
			else {
				binding.reject(ex.code().messageKey(), ex.args(), ex.code().slug());
			}
			return form(youth, id, model);
		}
		throw ex;
	}

	private String form(YouthForm youth, UUID id, Model model) {
		model.addAttribute("youth", youth);
		model.addAttribute("youthId", id);
		model.addAttribute("allAgencies", agencies.findActive());
		model.addAttribute("jurisdictions", Jurisdiction.values());
		model.addAttribute("races", RaceEthnicity.values());
		return "youth/form";
	}

}
