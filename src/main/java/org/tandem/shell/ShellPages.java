package org.tandem.shell;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ShellPages {

	@GetMapping("/")
	String start() {
		return "redirect:/youth";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
