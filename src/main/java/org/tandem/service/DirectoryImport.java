package org.tandem.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.tandem.county.Counties;
import org.tandem.county.County;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.service.DirectoryFiles.FileRow;

/**
 * A county starts its directory from its spreadsheet, and takes it out again: each valid
 * row is saved as a new entry (in its own transaction), each invalid row is reported with
 * its number, field (the column) and code; no row is left out of the answer.
 */
@Service
class DirectoryImport {

	/** What became of a file. */
	record Report(int rows, int saved, List<Saved> created, List<RowProblem> errors) {
	}

	record Saved(int row, ProviderId id, String name) {
	}

	record RowProblem(int row, String field, String code, String message) {
	}

	private final Directory directory;

	private final Counties counties;

	private final Problems problems;

	DirectoryImport(Directory directory, Counties counties, Problems problems) {
		this.directory = directory;
		this.counties = counties;
		this.problems = problems;
	}

	Report importFile(byte[] content) {
		Directory.requireKeeper();
		List<FileRow> rows = DirectoryFiles.read(content);
		Function<String, String> countyId = countyIds();
		List<Saved> created = new ArrayList<>();
		List<RowProblem> errors = new ArrayList<>();
		for (FileRow row : rows) {
			try {
				Provider saved = directory.create(row.form().toInput(countyId));
				created.add(new Saved(row.number(), saved.id(), saved.name()));
			}
			catch (TandemException ex) {
				if (ex.fieldErrors().isEmpty()) {
					errors.add(new RowProblem(row.number(), null, ex.code().code(),
							problems.message(ex.code(), ex.args())));
				}
				ex.fieldErrors()
					.forEach(error -> errors.add(new RowProblem(row.number(), ProviderForm.field(error.field()),
							error.code().code(), problems.message(error))));
			}
		}
		return new Report(rows.size(), created.size(), created, errors);
	}

	/** The entries the signed-in person reads, as spreadsheet rows. */
	List<ProviderForm> exported() {
		Map<UUID, String> names = countyNames();
		return directory.search(DirectorySearch.any(), 0, DirectoryFiles.MAX_ROWS)
			.stream()
			.map(p -> ProviderForm.of(p, id -> names.getOrDefault(id, id.toString())))
			.toList();
	}

	/**
	 * A county named in a spreadsheet (by name or id) as its id; unknown ones as typed.
	 */
	Function<String, String> countyIds() {
		Map<String, String> byName = counties.findAll()
			.stream()
			.collect(Collectors.toMap(c -> c.name().toLowerCase(java.util.Locale.ROOT), c -> c.id().toString(),
					(a, b) -> a));
		return typed -> byName.getOrDefault(typed.strip().toLowerCase(java.util.Locale.ROOT), typed);
	}

	Map<UUID, String> countyNames() {
		return counties.findAll().stream().collect(Collectors.toMap(County::id, County::name));
	}

}
