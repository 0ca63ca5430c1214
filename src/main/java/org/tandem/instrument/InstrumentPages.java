package org.tandem.instrument;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;

/**
 * The administrator's list of instruments and the import of a county's licensed
 * definitions.
 */
@Controller
@RequestMapping("/admin/instruments")
@PreAuthorize("hasRole('COUNTY_ADMIN')")
class InstrumentPages {

	private final Instruments instruments;

	private final Problems problems;

	InstrumentPages(Instruments instruments, Problems problems) {
		this.instruments = instruments;
		this.problems = problems;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("instruments", instruments.available());
		return "admin/instruments";
	}

	@PostMapping
	String importFile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CountyMember admin,
			Model model, RedirectAttributes redirect) throws IOException {
		try {
			Instrument imported = instruments.importDefinition(file.getBytes(), admin.userId());
			redirect.addFlashAttribute("imported", imported.id() + " v" + imported.version());
			return "redirect:/admin/instruments";
		}
		catch (TandemException ex) {
			model.addAttribute("problem", problems.message(ex.code(), ex.args()));
			model.addAttribute("fieldProblems",
					ex.fieldErrors().stream().map(error -> error.field() + ": " + problems.message(error)).toList());
			model.addAttribute("fileName", file.getOriginalFilename());
			return list(model);
		}
	}

}
