package org.tandem.service;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;

/**
 * The directory's pages: the search (the API's filters) with each provider's capacity and
 * the day it was updated; for county administrators and resource coordinators, the
 * provider form, the spreadsheet import (each row's problems listed) and the export. A
 * refused entry comes back with each problem on its field and everything typed kept.
 */
@Controller
@RequestMapping("/services/directory")
class DirectoryPages {

	private static final int PAGE_SIZE = 50;

	private final Directory directory;

	private final DirectoryImport files;

	private final ProgramNeeds needs;

	private final Problems problems;

	DirectoryPages(Directory directory, DirectoryImport files, ProgramNeeds needs, Problems problems) {
		this.directory = directory;
		this.files = files;
		this.needs = needs;
		this.problems = problems;
	}

	/** The filters as typed, kept on the page. */
	public record Filters(String need, String age, String gender, String system, String county, String language,
			String hasCapacity) {
	}

	@GetMapping
	String search(@ModelAttribute("filters") Filters filters, Model model) {
		Map<String, String> refused = new LinkedHashMap<>();
		List<Provider> found = List.of();
		try {
			found = directory.search(DirectoryApi.search(filters.need(), filters.age(), filters.gender(),
					filters.system(), filters.county(), filters.language(), filters.hasCapacity()), 0, PAGE_SIZE);
		}
		catch (TandemException ex) {
			refused = problemsOf(ex);
		}
		model.addAttribute("filters", filters);
		model.addAttribute("providers", found);
		model.addAttribute("problems", refused);
		model.addAttribute("keeper", Directory.keeper());
		return choices(model, "service/directory");
	}

	@GetMapping("/new")
	String newProvider(Model model) {
		Directory.requireKeeper();
		return form(new ProviderForm(), null, Map.of(), model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		Provider provider = directory.get(id);
		if (!provider.editable()) {
			Directory.requireKeeper();
			throw new TandemException(org.tandem.platform.ErrorCode.PROVIDER_OF_ANOTHER_COUNTY);
		}
		return form(ProviderForm.of(provider, UUID::toString), id, Map.of(), model);
	}

	@PostMapping
	String create(@ModelAttribute("provider") ProviderForm provider, Model model, RedirectAttributes redirect) {
		return save(null, provider, model, redirect);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("provider") ProviderForm provider, Model model,
			RedirectAttributes redirect) {
		return save(id, provider, model, redirect);
	}

	private String save(UUID id, ProviderForm form, Model model, RedirectAttributes redirect) {
		try {
			ProviderInput input = form.toInput(county -> county);
			Provider saved = id == null ? directory.create(input) : directory.update(id, input);
			redirect.addFlashAttribute("saved", saved.name());
			return "redirect:/services/directory";
		}
		catch (TandemException ex) {
			return form(form, id, problemsOf(ex), model);
		}
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		try {
			model.addAttribute("report", files.importFile(file == null ? new byte[0] : file.getBytes()));
		}
		catch (TandemException ex) {
			model.addAttribute("importProblem", problems.message(ex.code(), ex.args()));
		}
		return search(new Filters(null, null, null, null, null, null, null), model);
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
		Directory.requireKeeper();
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		List<ProviderForm> rows = files.exported();
		return ResponseEntity.ok()
			.contentType(xlsx ? MediaType.parseMediaType(DirectoryFiles.XLSX)
					: new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(xlsx ? "providers.xlsx" : "providers.csv")
						.build()
						.toString())
			.body(xlsx ? DirectoryFiles.writeXlsx(rows) : DirectoryFiles.writeCsv(rows));
	}

	private String form(ProviderForm form, UUID editing, Map<String, String> refused, Model model) {
		model.addAttribute("provider", form);
		model.addAttribute("editing", editing);
		model.addAttribute("problems", refused);
		return choices(model, "service/provider-form");
	}

	private String choices(Model model, String view) {
		model.addAttribute("needCodes", needs.codes());
		model.addAttribute("needTitles", needs.titles(LocaleContextHolder.getLocale()));
		model.addAttribute("types", ProviderType.values());
		model.addAttribute("components", List.of(ProgramComponent.values()));
		model.addAttribute("systems", ProviderSystem.values());
		model.addAttribute("genders", ProviderGender.values());
		model.addAttribute("counties", files.countyNames());
		return view;
	}

	/**
	 * Each problem on its form field, in the reader's language; a general one under "".
	 */
	private Map<String, String> problemsOf(TandemException ex) {
		Map<String, String> refused = new LinkedHashMap<>();
		if (ex.fieldErrors().isEmpty()) {
			refused.put("", problems.message(ex.code(), ex.args()));
		}
		ex.fieldErrors()
			.forEach(error -> refused.putIfAbsent(ProviderForm.field(error.field()), problems.message(error)));
		return refused;
	}

}
