package org.tandem.sharing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;

/**
 * Supervisors' review of emergency access, and the accounting of disclosures a worker
 * prints for the youth who asks.
 */
@Controller
class SharingPages {

	private final BreakGlassGrants breakGlass;

	private final DisclosureAccounting accounting;

	private final Counties counties;

	private final Problems problems;

	private final java.time.Clock clock;

	SharingPages(BreakGlassGrants breakGlass, DisclosureAccounting accounting, Counties counties, Problems problems,
			java.time.Clock clock) {
		this.breakGlass = breakGlass;
		this.accounting = accounting;
		this.counties = counties;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/sharing/reviews")
	String reviews(Model model) {
		model.addAttribute("grants", breakGlass.list(true));
		return "sharing/reviews";
	}

	@PostMapping("/sharing/reviews/{id}")
	String review(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			breakGlass.review(id, outcome, note);
			redirect.addFlashAttribute("saved", true);
		}
		catch (TandemException ex) {
			// what was typed comes back with the problem
			redirect.addFlashAttribute("reviewProblem", problems.message(ex.code(), ex.args()));
			redirect.addFlashAttribute("problemId", id);
			redirect.addFlashAttribute("typedNote", note);
			redirect.addFlashAttribute("typedOutcome", outcome);
		}
		return "redirect:/sharing/reviews";
	}

	/** The printable accounting: agencies by name, categories and purposes in words. */
	@GetMapping("/youth/{youthId}/disclosures")
	String disclosures(@PathVariable UUID youthId, Model model) {
		model.addAttribute("lines", accounting.forYouth(youthId, Purpose.current()));
		model.addAttribute("youthName", accounting.youthName(youthId));
		ZoneId zone = counties.currentZone();
		model.addAttribute("today", LocalDate.now(clock.withZone(zone)).toString());
		model.addAttribute("youthId", youthId);
		return "sharing/disclosures";
	}

}
