package org.tandem.shell;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.sharing.Denials;

@Controller
class ShellPages {

	private final Denials denials;

	ShellPages(Denials denials) {
		this.denials = denials;
	}

	/**
	 * Where sign-in lands: the youth search, or for those who see aggregates only, their
	 * own page.
	 */
	@GetMapping("/")
	String start() {
		return denials.aggregateOnly() ? "redirect:/analyst" : "redirect:/youth";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/**
	 * What an analyst will see (aggregates, small counts suppressed) and may not; the
	 * reports come later.
	 */
	@GetMapping("/analyst")
	String analyst() {
		return "shell/analyst";
	}

}
