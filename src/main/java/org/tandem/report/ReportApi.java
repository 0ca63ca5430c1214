package org.tandem.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports as JSON, CSV and XLSX: counts only, for analysts and county administrators.
 */
@RestController
@PreAuthorize("hasAnyRole('ANALYST', 'COUNTY_ADMIN')")
class ReportApi {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Reports reports;

	ReportApi(Reports reports) {
		this.reports = reports;
	}

	/** A report for a period ({@code from}, {@code to}) broken down {@code by}. */
	@GetMapping("/api/v1/reports/{report}")
	Report report(@PathVariable String report, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String by) {
		return Report.of(make(report, from, to, by));
	}

	@GetMapping("/api/v1/reports/{report}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String report, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String by) {
		ReportResult result = make(report, from, to, by);
		return download(ReportExports.csv(result).getBytes(StandardCharsets.UTF_8),
				MediaType.parseMediaType("text/csv;charset=UTF-8"), ReportExports.fileName(result, "csv"));
	}

	@GetMapping("/api/v1/reports/{report}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String report, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String by) throws IOException {
		ReportResult result = make(report, from, to, by);
		return download(ReportExports.xlsx(result), XLSX, ReportExports.fileName(result, "xlsx"));
	}

	private ReportResult make(String report, String from, String to, String by) {
		return this.reports.make(ReportKind.ofPath(report), from, to, by, LocaleContextHolder.getLocale());
	}

	static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
