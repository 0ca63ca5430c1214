package org.tandem.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one rule every count shown outside a youth's own team passes through (the
 * California de-identification guideline): a count from 1 to the threshold minus one is
 * hidden and shown as {@code <threshold}; zero stays zero; then more cells are hidden
 * (complementary suppression) so that no hidden count can be worked out from the row
 * totals, the column totals, the grand total, or the other tables on the same page. A
 * percentage or rate of a hidden count is hidden too ({@link Count#percentOf}).
 *
 * <p>
 * Every hidden count is shown with the same marker, whether hidden for being small or to
 * protect a small one: a different marker would tell which hidden counts are large and
 * narrow the small ones down. The guarantee is against exact recovery by adding and
 * subtracting what is shown; the pages say what the marker means.
 *
 * <p>
 * It lives in {@code platform} because more than one module shows aggregates (reports,
 * the services gap analysis), and nothing may depend on {@code report}.
 */
@Component
public class Suppression {

	private final int threshold;

	public Suppression(@Value("${tandem.reporting.small-count-threshold:11}") int threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("the small-count threshold is at least 1, not " + threshold);
		}
		this.threshold = threshold;
	}

	public int threshold() {
		return this.threshold;
	}

	/** What a hidden count shows, such as {@code <11}. */
	public String marker() {
		return "<" + this.threshold;
	}

	public SuppressedTable table(CountTable table) {
		return page(List.of(table)).get(0);
	}

	/**
	 * The tables of one page (or one export) suppressed together: a total two tables
	 * share is hidden in both or in neither, and each table is protected again until
	 * nothing changes.
	 */
	public List<SuppressedTable> page(List<CountTable> tables) {
		List<SuppressionGrid> grids = tables.stream().map(table -> new SuppressionGrid(table, this.threshold)).toList();
		Map<String, List<int[]>> shared = sharedTotals(tables);
		boolean changed = true;
		while (changed) {
			changed = false;
			for (SuppressionGrid grid : grids) {
				changed |= grid.protect();
			}
			for (List<int[]> places : shared.values()) {
				boolean anyHidden = places.stream().anyMatch(p -> grids.get(p[0]).hidden[p[1]][p[2]]);
				for (int[] p : places) {
					changed |= anyHidden && grids.get(p[0]).hide(p[1], p[2]);
				}
			}
		}
		List<SuppressedTable> suppressed = new ArrayList<>();
		for (int t = 0; t < tables.size(); t++) {
			suppressed.add(shown(tables.get(t), grids.get(t)));
		}
		return suppressed;
	}

	/**
	 * Where each total appears across the tables ({table, line, column} in the grids),
	 * refusing two tables that give the same total different values.
	 */
	private static Map<String, List<int[]>> sharedTotals(List<CountTable> tables) {
		Map<String, List<int[]>> places = new LinkedHashMap<>();
		Map<String, Long> values = new LinkedHashMap<>();
		for (int t = 0; t < tables.size(); t++) {
			CountTable table = tables.get(t);
			int lastLine = table.rows().size();
			int lastColumn = table.columns().size();
			for (int r = 0; r < lastLine; r++) {
				place(places, values, table.rowTotalKey(r), table.rowTotal(r), new int[] { t, r, lastColumn });
			}
			for (int c = 0; c < lastColumn; c++) {
				place(places, values, table.columnTotalKey(c), table.columnTotal(c), new int[] { t, lastLine, c });
			}
			place(places, values, table.grandTotalKey(), table.grandTotal(), new int[] { t, lastLine, lastColumn });
		}
		return places;
	}

	private static void place(Map<String, List<int[]>> places, Map<String, Long> values, String key, long value,
			int[] place) {
		Long before = values.putIfAbsent(key, value);
		if (before != null && before != value) {
			throw new IllegalArgumentException("two tables give the total " + key + " as " + before + " and " + value);
		}
		places.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
	}

	private SuppressedTable shown(CountTable table, SuppressionGrid grid) {
		List<List<Count>> cells = new ArrayList<>();
		List<Count> rowTotals = new ArrayList<>();
		for (int r = 0; r < grid.lastLine(); r++) {
			List<Count> line = new ArrayList<>();
			for (int c = 0; c < grid.lastColumn(); c++) {
				line.add(count(grid, r, c));
			}
			cells.add(line);
			rowTotals.add(count(grid, r, grid.lastColumn()));
		}
		List<Count> columnTotals = new ArrayList<>();
		for (int c = 0; c < grid.lastColumn(); c++) {
			columnTotals.add(count(grid, grid.lastLine(), c));
		}
		return new SuppressedTable(table.rowDimension(), table.rows(), table.columnDimension(), table.columns(), cells,
				rowTotals, columnTotals, count(grid, grid.lastLine(), grid.lastColumn()));
	}

	private Count count(SuppressionGrid grid, int line, int column) {
		return grid.hidden[line][column] ? Count.hidden(marker()) : Count.shown(grid.values[line][column]);
	}

}
