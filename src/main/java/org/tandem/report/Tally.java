package org.tandem.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tandem.platform.CountTable;

/**
 * One count of a cross-tabulation as SQL returns it: a row label, a column label, how
 * many.
 */
record Tally(String row, String column, long count) {

	/**
	 * The tallies as a table over the given labels (every one shown, zero when nothing
	 * was counted), with any label the SQL found beyond them added at the end.
	 */
	static CountTable table(String population, String rowDimension, List<String> rows, String columnDimension,
			List<String> columns, List<Tally> tallies) {
		Set<String> allRows = new LinkedHashSet<>(rows);
		Set<String> allColumns = new LinkedHashSet<>(columns);
		for (Tally tally : tallies) {
			allRows.add(tally.row());
			allColumns.add(tally.column());
		}
		List<String> rowList = new ArrayList<>(allRows);
		List<String> columnList = new ArrayList<>(allColumns);
		long[][] counts = new long[rowList.size()][columnList.size()];
		for (Tally tally : tallies) {
			counts[rowList.indexOf(tally.row())][columnList.indexOf(tally.column())] += tally.count();
		}
		return new CountTable(population, rowDimension, rowList, columnDimension, columnList, counts);
	}

}
