package org.tandem.screening;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: commas, quoted fields with doubled quotes and line breaks, CRLF or
 * LF) one record at a time, so a file of any size streams through in constant memory.
 */
final class CsvRows {

	private static final int MAX_FIELD = 100_000;

	private final Reader in;

	private int pending = -2;

	private long line = 1;

	private long recordLine;

	CsvRows(Reader in) {
		this.in = in;
	}

	/** The line on which the record last returned by {@link #next()} started. */
	long line() {
		return recordLine;
	}

	/** The next record, or null at the end. */
	List<String> next() throws IOException {
		int c = read();
		if (c == -1) {
			return null;
		}
		recordLine = line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			if (quoted) {
				if (c == -1) {
					throw new IOException("a quoted field opened on line " + recordLine + " is never closed");
				}
				if (c == '"') {
					int next = read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = next;
						continue;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n' || c == -1) {
				if (c == '\r') {
					int next = read();
					if (next != '\n') {
						unread(next);
					}
				}
				if (c != -1) {
					line++;
				}
				fields.add(field.toString());
				return fields;
			}
			else {
				field.append((char) c);
			}
			if (field.length() > MAX_FIELD) {
				throw new IOException("a field on line " + recordLine + " is longer than " + MAX_FIELD + " characters");
			}
			c = read();
		}
	}

	private int read() throws IOException {
		if (pending != -2) {
			int c = pending;
			pending = -2;
			return c;
		}
		return in.read();
	}

	private void unread(int c) {
		pending = c;
	}

}
