package org.tandem.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
 * The administrator's view of the county protocol: the current version in words, every
 * version, and the import of a new one (a file or pasted text). A refused import lists
 * every problem with its field and keeps the text, so nothing typed is lost.
 */
@Controller
@RequestMapping("/admin/protocols")
@PreAuthorize("hasRole('COUNTY_ADMIN')")
class ProtocolPages {

	private final ProtocolCatalogue protocols;

	private final Problems problems;

	ProtocolPages(ProtocolCatalogue protocols, Problems problems) {
		this.protocols = protocols;
		this.problems = problems;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("protocol", protocols.current());
		model.addAttribute("versions", protocols.versions());
		return "admin/protocols";
	}

	@PostMapping
	String importVersion(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "definition", required = false) String pasted,
			@AuthenticationPrincipal CountyMember admin, Model model, RedirectAttributes redirect) throws IOException {
		boolean uploaded = file != null && !file.isEmpty();
		byte[] definition = uploaded ? file.getBytes()
				: (pasted == null ? "" : pasted).getBytes(StandardCharsets.UTF_8);
		try {
			Protocol imported = protocols.importDefinition(definition, admin.userId());
			redirect.addFlashAttribute("imported", imported.id() + " v" + imported.version());
			return "redirect:/admin/protocols";
		}
		catch (TandemException ex) {
			model.addAttribute("problem", problems.message(ex.code(), ex.args()));
			model.addAttribute("fieldProblems",
					ex.fieldErrors()
						.stream()
						.map(error -> new FieldProblem(error.field(), problems.message(error)))
						.toList());
			model.addAttribute("fileName", uploaded ? file.getOriginalFilename() : null);
			model.addAttribute("definition", new String(definition, StandardCharsets.UTF_8));
			return show(model);
		}
	}

	record FieldProblem(String field, String message) {
	}

}
