package org.tandem.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * The directory as a spreadsheet: one provider a row under a header of
 * {@link ProviderForm#COLUMNS}, in CSV (RFC 4180, UTF-8) or XLSX (the first sheet).
 */
final class DirectoryFiles {

	static final int MAX_ROWS = 5000;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** A row of the file: its number as a spreadsheet shows it (the header is 1). */
	record FileRow(int number, ProviderForm form) {
	}

	private DirectoryFiles() {
	}

	/** The rows of a CSV or XLSX file (told apart by their first bytes). */
	static List<FileRow> read(byte[] content) {
		List<List<String>> cells = isXlsx(content) ? xlsx(content) : csv(content);
		cells.removeIf(row -> row.stream().allMatch(String::isBlank));
		if (cells.isEmpty()) {
			throw new TandemException(ErrorCode.DIRECTORY_FILE_UNREADABLE, "-");
		}
		List<String> header = cells.get(0).stream().map(String::strip).toList();
		List<String> columns = new ArrayList<>();
		for (String name : header) {
			String column = ProviderForm.COLUMNS.stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
			if (column == null && !name.isEmpty()) {
				throw TandemException.onField(ErrorCode.DIRECTORY_FILE_UNREADABLE, name, name);
			}
			columns.add(column);
		}
		if (cells.size() - 1 > MAX_ROWS) {
			throw new TandemException(ErrorCode.DIRECTORY_FILE_TOO_MANY_ROWS, MAX_ROWS);
		}
		List<FileRow> rows = new ArrayList<>();
		for (int i = 1; i < cells.size(); i++) {
			ProviderForm form = new ProviderForm();
			List<String> row = cells.get(i);
			for (int c = 0; c < columns.size() && c < row.size(); c++) {
				if (columns.get(c) != null) {
					form.column(columns.get(c), unescaped(row.get(c)));
				}
			}
			rows.add(new FileRow(i + 1, form));
		}
		return rows;
	}

	/** A value the export protected from being read as a formula, as it was. */
	private static String unescaped(String value) {
		return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
				? value.substring(1) : value;
	}

	static boolean isXlsx(byte[] content) {
		return content.length > 3 && content[0] == 'P' && content[1] == 'K';
	}

	private static List<List<String>> xlsx(byte[] content) {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				while (rows.size() < row.getRowNum()) {
					rows.add(new ArrayList<>());
				}
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : text(cell, formatter));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw new TandemException(ErrorCode.DIRECTORY_FILE_UNREADABLE, "XLSX");
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell);
	}

	/**
	 * RFC 4180: fields in double quotes may hold commas, quotes (doubled) and line
	 * breaks.
	 */
	static List<List<String>> csv(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(ch);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	static byte[] writeCsv(List<ProviderForm> forms) {
		StringBuilder out = new StringBuilder();
		out.append(String.join(",", ProviderForm.COLUMNS)).append("\r\n");
		for (ProviderForm form : forms) {
			List<String> cells = ProviderForm.COLUMNS.stream().map(form::column).map(DirectoryFiles::quoted).toList();
			out.append(String.join(",", cells)).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String quoted(String value) {
		// a leading =, +, - or @ would be read as a formula by a spreadsheet program
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return safe.matches(".*[\",\\r\\n].*") || safe.contains("\n") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

	static byte[] writeXlsx(List<ProviderForm> forms) {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Providers");
			Row header = sheet.createRow(0);
			for (int c = 0; c < ProviderForm.COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(ProviderForm.COLUMNS.get(c));
			}
			for (int r = 0; r < forms.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < ProviderForm.COLUMNS.size(); c++) {
					row.createCell(c).setCellValue(forms.get(r).column(ProviderForm.COLUMNS.get(c)));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
