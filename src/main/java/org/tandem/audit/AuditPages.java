package org.tandem.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's audit page: who saw or changed which youth's record, and a chain
 * check.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('COUNTY_ADMIN')")
class AuditPages {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditPages(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	String entries(@RequestParam(required = false) UUID youthId, @RequestParam(required = false) Long before,
			Model model) {
		List<AuditEntry> entries = audit.page(youthId, before, PAGE_SIZE);
		model.addAttribute("entries", entries);
		model.addAttribute("youthId", youthId);
		model.addAttribute("olderThan", entries.size() == PAGE_SIZE ? entries.get(entries.size() - 1).seq() : null);
		return "admin/audit";
	}

	@PostMapping("/verify")
	String verify(Model model) {
		model.addAttribute("verification", audit.verify());
		return entries(null, null, model);
	}

}
