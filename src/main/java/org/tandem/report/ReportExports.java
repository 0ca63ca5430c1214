package org.tandem.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tandem.platform.Count;
import org.tandem.platform.SuppressedTable;

/**
 * A report as CSV (one line per cell and total, as the API's rows) and as a spreadsheet
 * (the table as on the page, with the period and the notes): the same suppressed numbers.
 */
final class ReportExports {

	private ReportExports() {
	}

	static String fileName(ReportResult result, String extension) {
		return "tandem-" + result.kind().path() + "-by-" + result.by() + "-" + result.period().from() + "-to-"
				+ result.period().to() + "." + extension;
	}

	static String csv(ReportResult result) {
		SuppressedTable table = result.table();
		StringBuilder csv = new StringBuilder();
		csv.append(field(table.rowDimension())).append(',').append(field(table.columnDimension())).append(",count\r\n");
		for (Map<String, Object> row : Report.rows(table)) {
			csv.append(field(String.valueOf(row.get(table.rowDimension()))))
				.append(',')
				.append(field(String.valueOf(row.get(table.columnDimension()))))
				.append(',')
				.append(field(String.valueOf(row.get("count"))))
				.append("\r\n");
		}
		return csv.toString();
	}

	/**
	 * Quoted when needed; a leading =, +, - or @ is prefixed with a quote so that no
	 * agency name runs as a formula in a spreadsheet.
	 */
	private static String field(String value) {
		String safe = value.matches("^[=+\\-@].*") && !value.matches("^-?\\d+(\\.\\d+)?$") ? "'" + value : value;
		return safe.matches(".*[\",\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

	static byte[] xlsx(ReportResult result) throws IOException {
		SuppressedTable table = result.table();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(result.kind().path());
			int line = 0;
			text(sheet.createRow(line++), 0, result.kind().path(), "by " + result.by());
			text(sheet.createRow(line++), 0, result.kind().cohortDate(), result.period().from().toString(),
					result.period().to().toString());
			line++;
			Row header = sheet.createRow(line++);
			text(header, 0, table.rowDimension() + " / " + table.columnDimension());
			for (int c = 0; c < table.columns().size(); c++) {
				text(header, c + 1, table.columns().get(c));
			}
			text(header, table.columns().size() + 1, Report.ALL);
			for (int r = 0; r < table.rows().size(); r++) {
				Row row = sheet.createRow(line++);
				text(row, 0, table.rows().get(r));
				counts(row, table.cells().get(r), table.rowTotals().get(r));
			}
			Row totals = sheet.createRow(line++);
			text(totals, 0, Report.ALL);
			counts(totals, table.columnTotals(), table.grandTotal());
			if (result.medianHours() != null) {
				line++;
				for (Map.Entry<String, Object> median : result.medianHours().entrySet()) {
					Row row = sheet.createRow(line++);
					text(row, 0, "median hours", median.getKey());
					value(row.createCell(2), median.getValue());
				}
			}
			Sheet notes = workbook.createSheet("notes");
			for (int n = 0; n < result.notes().size(); n++) {
				text(notes.createRow(n), 0, result.notes().get(n));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void counts(Row row, List<Count> counts, Count total) {
		for (int c = 0; c < counts.size(); c++) {
			value(row.createCell(c + 1), counts.get(c).json());
		}
		value(row.createCell(counts.size() + 1), total.json());
	}

	private static void value(Cell cell, Object value) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(String.valueOf(value));
		}
	}

	private static void text(Row row, int first, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			row.createCell(first + i).setCellValue(texts[i]);
		}
	}

}
