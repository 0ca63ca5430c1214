package org.tandem.service;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.platform.CountyId;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;

/**
 * The resource directory over JSON: every signed-in worker searches and reads the entries
 * that serve their county; county administrators and resource coordinators create, change
 * (sending the {@code version} they read), import and export their county's.
 */
@RestController
@RequestMapping("/api/v1/providers")
class DirectoryApi {

	private static final int MAX_PAGE_SIZE = 100;

	private final Directory directory;

	private final DirectoryImport files;

	DirectoryApi(Directory directory, DirectoryImport files) {
		this.directory = directory;
		this.files = files;
	}

	@GetMapping
	Page search(@RequestParam(required = false) String need, @RequestParam(required = false) String age,
			@RequestParam(required = false) String gender, @RequestParam(required = false) String system,
			@RequestParam(required = false) String county, @RequestParam(required = false) String language,
			@RequestParam(required = false) String hasCapacity, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int pageSize) {
		Inputs.page(page, "page");
		Inputs.pageSize(pageSize, "pageSize", MAX_PAGE_SIZE);
		return new Page(
				directory.search(search(need, age, gender, system, county, language, hasCapacity), page, pageSize),
				page, pageSize);
	}

	/** The filters of a search as typed (the page sends the same ones). */
	static DirectorySearch search(String need, String age, String gender, String system, String county, String language,
			String hasCapacity) {
		Integer years = null;
		String typedAge = Inputs.text(age, "age", 3);
		if (typedAge != null) {
			try {
				years = Inputs.within(Integer.parseInt(typedAge), "age", 0, ProviderRules.MAX_AGE);
			}
			catch (NumberFormatException ex) {
				throw TandemException.onField(ErrorCode.PROVIDER_NUMBER_INVALID, "age", "age");
			}
		}
		String code = Inputs.text(need, "need", 100);
		return new DirectorySearch(code == null ? null : code.toLowerCase(Locale.ROOT), years,
				Inputs.choice(ProviderGender.class, gender, "gender"),
				Inputs.choice(ProviderSystem.class, system, "system"), CountyId.of(Inputs.uuid(county, "county")),
				Inputs.text(language, "language", 50),
				"true".equalsIgnoreCase(Inputs.text(hasCapacity, "hasCapacity", 5)));
	}

	@PostMapping
	ResponseEntity<Provider> create(@RequestBody ProviderInput input) {
		Provider created = directory.create(input);
		return ResponseEntity.created(URI.create("/api/v1/providers/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	Provider get(@PathVariable UUID id) {
		return directory.get(id);
	}

	@PutMapping("/{id}")
	Provider update(@PathVariable UUID id, @RequestBody ProviderInput input) {
		return directory.update(id, input);
	}

	/** A CSV or XLSX file (part {@code file}): each row saved or reported. */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	DirectoryImport.Report importFile(@RequestPart("file") MultipartFile file) throws IOException {
		return files.importFile(file.getBytes());
	}

	/** The entries the signed-in person reads, as CSV (default) or XLSX. */
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
		Directory.requireKeeper();
		String kind = Inputs.oneOf(format, List.of("CSV", "XLSX"), "format");
		List<ProviderForm> rows = files.exported();
		boolean xlsx = kind.equals("XLSX");
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

	record Page(List<Provider> items, int page, int pageSize) {
	}

}
