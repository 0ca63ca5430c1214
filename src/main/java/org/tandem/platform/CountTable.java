package org.tandem.platform;

import java.util.Arrays;
import java.util.List;

/**
 * A table of counts before suppression: rows by columns, with its row totals, column
 * totals and grand total published beside it. Tables on one page that count the same
 * {@code population} share the totals of a dimension they have in common (the youth by
 * status is one number whether the columns are agencies or age bands), so a total hidden
 * in one is hidden in all. A population in which one person may count more than once
 * (several races chosen) is a population of its own.
 *
 * @param population what is counted, naming the totals this table shares with others
 * @param rowDimension what the rows are (such as "status")
 * @param rows the row labels
 * @param columnDimension what the columns are (such as "agency")
 * @param columns the column labels
 * @param counts {@code counts[row][column]}, none negative
 */
public record CountTable(String population, String rowDimension, List<String> rows, String columnDimension,
		List<String> columns, long[][] counts) {

	public CountTable {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		if (counts.length != rows.size()) {
			throw new IllegalArgumentException("one line of counts per row");
		}
		long[][] copy = new long[counts.length][];
		for (int r = 0; r < counts.length; r++) {
			if (counts[r].length != columns.size()) {
				throw new IllegalArgumentException("one count per column in row " + rows.get(r));
			}
			if (Arrays.stream(counts[r]).anyMatch(count -> count < 0)) {
				throw new IllegalArgumentException("a count below zero in row " + rows.get(r));
			}
			copy[r] = counts[r].clone();
		}
		counts = copy;
	}

	public long count(int row, int column) {
		return this.counts[row][column];
	}

	long rowTotal(int row) {
		return Arrays.stream(this.counts[row]).sum();
	}

	long columnTotal(int column) {
		return Arrays.stream(this.counts).mapToLong(line -> line[column]).sum();
	}

	long grandTotal() {
		return Arrays.stream(this.counts).flatMapToLong(Arrays::stream).sum();
	}

	/** The name of a row's total, the same in every table of the population. */
	String rowTotalKey(int row) {
		return this.population + "/" + this.rowDimension + "=" + this.rows.get(row);
	}

	String columnTotalKey(int column) {
		return this.population + "/" + this.columnDimension + "=" + this.columns.get(column);
	}

	String grandTotalKey() {
		return this.population;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CountTable table && table.population.equals(this.population)
				&& table.rowDimension.equals(this.rowDimension) && table.rows.equals(this.rows)
				&& table.columnDimension.equals(this.columnDimension) && table.columns.equals(this.columns)
				&& Arrays.deepEquals(table.counts, this.counts);
	}

	@Override
	public int hashCode() {
		return this.population.hashCode() * 31 + Arrays.deepHashCode(this.counts);
	}

	@Override
	public String toString() {
		return this.population + " " + this.rowDimension + this.rows + " x " + this.columnDimension + this.columns + " "
				+ Arrays.deepToString(this.counts);
	}

}
