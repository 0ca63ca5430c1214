package org.tandem.county.admin;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.AgencyType;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.platform.AgencyId;

/** County administrators keep the list of agencies that take part in the protocol. */
@Controller
@RequestMapping("/admin/agencies")
class AgencyPages {

	private final Agencies agencies;

	AgencyPages(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping
	String list(Model model) {
		return page(new AgencyForm(), null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		return page(AgencyForm.of(agencies.get(AgencyId.of(id))), id, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("agency") AgencyForm agency, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return save(UUID.randomUUID(), null, agency, binding, model, redirect);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("agency") AgencyForm agency, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		agencies.get(AgencyId.of(id));
		return save(id, id, agency, binding, model, redirect);
	}

	private String save(UUID id, UUID editing, AgencyForm agency, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				agencies.save(new Agency(Tenancy.currentCounty().orElseThrow(), id, agency.getName(), agency.getType(),
						agency.isActive()));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/agencies";
			}
			catch (TandemException ex) {
				binding.rejectValue(ex.field(), ex.code().messageKey(), ex.args(), ex.code().slug());
			}
		}
		return page(agency, editing, model);
	}

	private String page(AgencyForm form, UUID editing, Model model) {
		model.addAttribute("agency", form);
		model.addAttribute("editing", editing);
		model.addAttribute("agencies", agencies.findAll());
		model.addAttribute("types", AgencyType.values());
		return "admin/agencies";
	}

}
