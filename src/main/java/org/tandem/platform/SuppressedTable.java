package org.tandem.platform;

import java.util.List;

/**
 * A table of counts as it may be shown: every cell and total either its value or hidden,
 * none of the hidden ones recoverable from what is shown.
 *
 * @param rowDimension what the rows are
 * @param rows the row labels
 * @param columnDimension what the columns are
 * @param columns the column labels
 * @param cells {@code cells.get(row).get(column)}
 * @param rowTotals one per row
 * @param columnTotals one per column
 * @param grandTotal the total of the table
 */
public record SuppressedTable(String rowDimension, List<String> rows, String columnDimension, List<String> columns,
		List<List<Count>> cells, List<Count> rowTotals, List<Count> columnTotals, Count grandTotal) {

	public SuppressedTable {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		cells = cells.stream().map(List::copyOf).toList();
		rowTotals = List.copyOf(rowTotals);
		columnTotals = List.copyOf(columnTotals);
	}

	public Count cell(int row, int column) {
		return this.cells.get(row).get(column);
	}

	/** How many cells and totals are hidden. */
	public int hidden() {
		int hidden = this.grandTotal.isHidden() ? 1 : 0;
		for (List<Count> line : this.cells) {
			hidden += (int) line.stream().filter(Count::isHidden).count();
		}
		hidden += (int) this.rowTotals.stream().filter(Count::isHidden).count();
		hidden += (int) this.columnTotals.stream().filter(Count::isHidden).count();
		return hidden;
	}

}
