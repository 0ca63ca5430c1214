package org.tandem.platform.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Problems;

/** The catalogue of error codes, where the {@code type} of every API problem points. */
@Controller
class ErrorCataloguePage {

	record Entry(String code, String slug, int status, String message) {
	}

	private final Problems problems;

	ErrorCataloguePage(Problems problems) {
		this.problems = problems;
	}

	@GetMapping("/errors")
	String catalogue(Model model) {
		List<Entry> entries = Arrays.stream(ErrorCode.values())
			.map(code -> new Entry(code.code(), code.slug(), code.status().value(), problems.message(code, "…", "…")))
			.toList();
		model.addAttribute("entries", entries);
		return "errors";
	}

}
