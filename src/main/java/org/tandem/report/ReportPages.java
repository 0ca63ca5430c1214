package org.tandem.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;

/**
 * The reports as pages: the dashboard shows every report for a period, a report's own
 * page its breakdowns. Each a chart and the same numbers in a table, with export links.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'COUNTY_ADMIN')")
class ReportPages {

	private final Reports reports;

	private final Problems problems;

	ReportPages(Reports reports, Problems problems) {
		this.reports = reports;
		this.problems = problems;
	}

	@GetMapping("/reports")
	String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model, Locale locale) {
		return show(Arrays.asList(ReportKind.values()), null, from, to, null, model, locale);
	}

	@GetMapping("/reports/{report}")
	String report(@PathVariable String report, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String by, Model model,
			Locale locale) {
		ReportKind kind = ReportKind.ofPath(report);
		return show(List.of(kind), kind, from, to, by, model, locale);
	}

	/**
	 * The export links of the pages: the same files as the API's, for a signed-in browser
	 * (the API answers only to HTTP Basic or a bearer token).
	 */
	@GetMapping("/reports/{report}.xlsx")
	org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable String report,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String by, Locale locale) throws java.io.IOException {
		ReportResult result = this.reports.make(ReportKind.ofPath(report), from, to, by, locale);
		return ReportApi.download(ReportExports.xlsx(result), ReportApi.XLSX, ReportExports.fileName(result, "xlsx"));
	}

	@GetMapping("/reports/{report}.csv")
	org.springframework.http.ResponseEntity<byte[]> csv(@PathVariable String report,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String by, Locale locale) {
		ReportResult result = this.reports.make(ReportKind.ofPath(report), from, to, by, locale);
		return ReportApi.download(ReportExports.csv(result).getBytes(java.nio.charset.StandardCharsets.UTF_8),
				org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"),
				ReportExports.fileName(result, "csv"));
	}

	/**
	 * Bad input (a day that does not exist, a period that ends before it starts) is said
	 * on its field, with what was typed kept in the form.
	 */
	private String show(List<ReportKind> kinds, ReportKind single, String from, String to, String by, Model model,
			Locale locale) {
		model.addAttribute("single", single);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		List<ReportResult> results = new ArrayList<>();
		try {
			for (ReportKind kind : kinds) {
				results.add(this.reports.make(kind, from, to, by, locale));
			}
			model.addAttribute("period", results.get(0).period());
		}
		catch (TandemException ex) {
			results.clear();
			model.addAttribute("problemField", ex.field() != null ? ex.field() : "from");
			model.addAttribute("problem", ex.fieldErrors().isEmpty() ? this.problems.message(ex.code(), ex.args())
					: this.problems.message(ex.fieldErrors().get(0)));
		}
		model.addAttribute("results", results);
		return "report/reports";
	}

}
