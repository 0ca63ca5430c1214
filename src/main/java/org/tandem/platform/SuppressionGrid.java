package org.tandem.platform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One table with its totals as a grid that sums to zero along every line: the cells, a
 * last column holding minus each row's total, a last row holding minus each column's
 * total, and the grand total in the corner. Every published equation (a row adds up to
 * its total, the totals add up to the grand total) is then "this line sums to zero".
 *
 * <p>
 * Hidden entries are the edges of a graph between lines (rows) and columns. Every value
 * the hidden entries can take together is one solution plus any flow around a cycle of
 * that graph, so a hidden entry can be worked out exactly if and only if no cycle passes
 * through it: if it is a bridge. Protecting the table means hiding more entries until no
 * hidden entry is a bridge. The entries that are not zero have no bridge among them (a
 * bridge would have to equal a sum of zeros), so hiding more always ends.
 */
final class SuppressionGrid {

	final long[][] values;

	final boolean[][] hidden;

	private final int lines;

	private final int columns;

	SuppressionGrid(CountTable table, int threshold) {
		this.lines = table.rows().size() + 1;
		this.columns = table.columns().size() + 1;
		this.values = new long[this.lines][this.columns];
		this.hidden = new boolean[this.lines][this.columns];
		for (int r = 0; r < this.lines - 1; r++) {
			for (int c = 0; c < this.columns - 1; c++) {
				this.values[r][c] = table.count(r, c);
			}
			this.values[r][this.columns - 1] = table.rowTotal(r);
		}
		for (int c = 0; c < this.columns - 1; c++) {
			this.values[this.lines - 1][c] = table.columnTotal(c);
		}
		this.values[this.lines - 1][this.columns - 1] = table.grandTotal();
		for (int r = 0; r < this.lines; r++) {
			for (int c = 0; c < this.columns; c++) {
				this.hidden[r][c] = this.values[r][c] > 0 && this.values[r][c] < threshold;
			}
		}
	}

	int lastLine() {
		return this.lines - 1;
	}

	int lastColumn() {
		return this.columns - 1;
	}

	/** Hides an entry; true when it was shown before. */
	boolean hide(int line, int column) {
		boolean was = this.hidden[line][column];
		this.hidden[line][column] = true;
		return !was;
	}

	/**
	 * Hides more entries until no hidden one can be worked out; true when anything was
	 * hidden.
	 */
	boolean protect() {
		boolean changed = false;
		while (true) {
			if (hideSecondInLoneLines()) {
				changed = true;
				continue;
			}
			int[] bridge = aBridge();
			if (bridge == null) {
				return changed;
			}
			int[] next = smallestShown(bridge[0], bridge[1]);
			hide(next[0], next[1]);
			changed = true;
		}
	}

	/**
	 * A line or column with exactly one hidden entry gives it away by subtraction: hide
	 * its smallest shown entry that is not zero too.
	 */
	private boolean hideSecondInLoneLines() {
		boolean changed = false;
		for (int r = 0; r < this.lines; r++) {
			int hiddenHere = 0;
			int best = -1;
			for (int c = 0; c < this.columns; c++) {
				if (this.hidden[r][c]) {
					hiddenHere++;
				}
				else if (this.values[r][c] > 0 && (best < 0 || this.values[r][c] < this.values[r][best])) {
					best = c;
				}
			}
			if (hiddenHere == 1 && best >= 0) {
				changed |= hide(r, best);
			}
		}
		for (int c = 0; c < this.columns; c++) {
			int hiddenHere = 0;
			int best = -1;
			for (int r = 0; r < this.lines; r++) {
				if (this.hidden[r][c]) {
					hiddenHere++;
				}
				else if (this.values[r][c] > 0 && (best < 0 || this.values[r][c] < this.values[best][c])) {
					best = r;
				}
			}
			if (hiddenHere == 1 && best >= 0) {
				changed |= hide(best, c);
			}
		}
		return changed;
	}

	/**
	 * The smallest shown entry that is not zero in the bridge's line or column, else
	 * anywhere in the grid.
	 */
	private int[] smallestShown(int line, int column) {
		int[] best = null;
		for (int c = 0; c < this.columns; c++) {
			best = smaller(best, line, c);
		}
		for (int r = 0; r < this.lines; r++) {
			best = smaller(best, r, column);
		}
		for (int r = 0; best == null && r < this.lines; r++) {
			for (int c = 0; c < this.columns; c++) {
				best = smaller(best, r, c);
			}
		}
		if (best == null) {
			throw new IllegalStateException("a hidden entry that is a bridge among non-zero entries");
		}
		return best;
	}

	private int[] smaller(int[] best, int r, int c) {
		if (this.hidden[r][c] || this.values[r][c] == 0) {
			return best;
		}
		return (best == null || this.values[r][c] < this.values[best[0]][best[1]]) ? new int[] { r, c } : best;
	}

	/** A hidden entry that no cycle of hidden entries passes through, or null. */
	int[] aBridge() {
		for (int r = 0; r < this.lines; r++) {
			for (int c = 0; c < this.columns; c++) {
				if (this.hidden[r][c] && !connectedWithout(r, c)) {
					return new int[] { r, c };
				}
			}
		}
		return null;
	}

	/**
	 * Whether line {@code line} reaches column {@code column} through hidden entries
	 * other than the one between them.
	 */
	private boolean connectedWithout(int line, int column) {
		int nodes = this.lines + this.columns;
		boolean[] seen = new boolean[nodes];
		Deque<Integer> todo = new ArrayDeque<>();
		todo.add(line);
		seen[line] = true;
		while (!todo.isEmpty()) {
			int node = todo.poll();
			for (int next : neighbours(node)) {
				boolean skipped = (node == line && next == this.lines + column)
						|| (node == this.lines + column && next == line);
				if (!skipped && !seen[next]) {
					seen[next] = true;
					todo.add(next);
				}
			}
		}
		return seen[this.lines + column];
	}

	private List<Integer> neighbours(int node) {
		List<Integer> neighbours = new ArrayList<>();
		if (node < this.lines) {
			for (int c = 0; c < this.columns; c++) {
				if (this.hidden[node][c]) {
					neighbours.add(this.lines + c);
				}
			}
		}
		else {
			int c = node - this.lines;
			for (int r = 0; r < this.lines; r++) {
				if (this.hidden[r][c]) {
					neighbours.add(r);
				}
			}
		}
		return neighbours;
	}

}
