package org.tandem.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.tandem.platform.SuppressedTable;

/**
 * A report as made for one period and breakdown: its suppressed table, the medians beside
 * it (MDT timeliness only; a median over too few clocks, or over hidden counts, is
 * hidden), and the notes that say how to read it.
 */
record ReportResult(ReportKind kind, Period period, String by, SuppressedTable table, Map<String, Object> medianHours,
		List<String> notes, Instant asOf) {

	/** How many cells and totals are hidden. */
	int suppressed() {
		return this.table.hidden();
	}

}
