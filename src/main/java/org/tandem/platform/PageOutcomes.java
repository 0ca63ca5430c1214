package org.tandem.platform;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a form posted from a section of a page does after its change: back to the section,
 * with "saved" or the problem in the reader's language (flash attributes {@code saved}
 * and {@code statusProblem}, which the section templates show).
 */
@Component
public class PageOutcomes {

	private final Problems problems;

	PageOutcomes(Problems problems) {
		this.problems = problems;
	}

	/**
	 * Runs the change and redirects to {@code target} (an address with the section's
	 * anchor).
	 */
	public String redirect(String target, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (TandemException ex) {
			redirect.addFlashAttribute("statusProblem", problems.message(ex.code(), ex.args()));
		}
		return "redirect:" + target;
	}

}
