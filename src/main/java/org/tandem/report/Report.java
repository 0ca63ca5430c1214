package org.tandem.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.platform.Count;
import org.tandem.platform.SuppressedTable;

/**
 * A report as the API answers it: one row per cell and per total (a total's label is
 * {@code ALL}), each count a number or the suppression marker.
 *
 * @param medianHours MDT timeliness only: per row, the median hours from identification
 * to the clock being met, or the marker
 * @param asOf MDT timeliness only: the moment open and overdue are reckoned at
 */
record Report(String report, String cohortDate, LocalDate from, LocalDate to, String by, List<String> breakdowns,
		List<Map<String, Object>> rows, int suppressed, List<String> notes, Map<String, Object> medianHours,
		Instant asOf) {

	static final String ALL = "ALL";

	static Report of(ReportResult result) {
		return new Report(result.kind().path(), result.kind().cohortDate(), result.period().from(),
				result.period().to(), result.by(), result.kind().breakdowns(), rows(result.table()),
				result.suppressed(), result.notes(), result.medianHours(), result.asOf());
	}

	/**
	 * The cells row by row with each row's total, then the column totals and the grand
	 * total.
	 */
	static List<Map<String, Object>> rows(SuppressedTable table) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int r = 0; r < table.rows().size(); r++) {
			for (int c = 0; c < table.columns().size(); c++) {
				rows.add(row(table, table.rows().get(r), table.columns().get(c), table.cell(r, c)));
			}
			rows.add(row(table, table.rows().get(r), ALL, table.rowTotals().get(r)));
		}
		for (int c = 0; c < table.columns().size(); c++) {
			rows.add(row(table, ALL, table.columns().get(c), table.columnTotals().get(c)));
		}
		rows.add(row(table, ALL, ALL, table.grandTotal()));
		return rows;
	}

	private static Map<String, Object> row(SuppressedTable table, String row, String column, Count count) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put(table.rowDimension(), row);
		line.put(table.columnDimension(), column);
		line.put("count", count.json());
		return line;
	}

}
