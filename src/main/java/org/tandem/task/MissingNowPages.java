package org.tandem.task;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "missing now" page: youth away now, hours away and the 24-hour reports, for a
 * worker at 2 a.m.
 */
@Controller
class MissingNowPages {

	private final MissingNow missing;

	MissingNowPages(MissingNow missing) {
		this.missing = missing;
	}

	@GetMapping("/missing")
	String list(@RequestParam(required = false) String scope, Model model) {
		MissingNow.Scope chosen = MissingNow.Scope.parse(scope);
		model.addAttribute("rows", missing.list(chosen));
		model.addAttribute("scope", chosen);
		model.addAttribute("scopes", MissingNow.Scope.values());
		return "task/missing";
	}

}
