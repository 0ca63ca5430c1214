package org.tandem.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What someone holding a page of suppressed tables can work out exactly: every published
 * equation (each row adds up to its row total, each column to its column total, the
 * totals to the grand total; a total shared by two tables is one unknown) with the shown
 * values moved to the right-hand side, solved by elimination. A hidden entry is recovered
 * when the equations pin it to one value, that is when its unit vector lies in the row
 * space of the equations. Written independently of the suppression's own reasoning.
 */
final class RecoveryAttack {

	private static final double EPSILON = 1e-9;

	private final Map<String, Integer> unknowns = new LinkedHashMap<>();

	private final Set<String> shownTotals = new HashSet<>();

	private final List<Map<String, Double>> terms = new ArrayList<>();

	/** The hidden entries of the page that the equations give away, by name. */
	static List<String> recoverable(List<CountTable> sources, List<SuppressedTable> shown) {
		RecoveryAttack attack = new RecoveryAttack();
		for (int t = 0; t < shown.size(); t++) {
			attack.learnShownTotals(sources.get(t), shown.get(t));
		}
		for (int t = 0; t < shown.size(); t++) {
			attack.add(t, sources.get(t), shown.get(t));
		}
		return attack.solve();
	}

	/** A total shown in any table of the page is known in all of them. */
	private void learnShownTotals(CountTable source, SuppressedTable table) {
		for (int r = 0; r < table.rows().size(); r++) {
			learn(source.rowTotalKey(r), table.rowTotals().get(r));
		}
		for (int c = 0; c < table.columns().size(); c++) {
			learn(source.columnTotalKey(c), table.columnTotals().get(c));
		}
		learn(source.grandTotalKey(), table.grandTotal());
	}

	private void learn(String key, Count count) {
		if (!count.isHidden()) {
			this.shownTotals.add(key);
		}
	}

	private void add(int t, CountTable source, SuppressedTable table) {
		int rows = table.rows().size();
		int columns = table.columns().size();
		for (int r = 0; r < rows; r++) {
			Map<String, Double> equation = new LinkedHashMap<>();
			for (int c = 0; c < columns; c++) {
				term(equation, table.cell(r, c), "t" + t + "[" + r + "," + c + "]", 1);
			}
			term(equation, table.rowTotals().get(r), source.rowTotalKey(r), -1);
			this.terms.add(equation);
		}
		for (int c = 0; c < columns; c++) {
			Map<String, Double> equation = new LinkedHashMap<>();
			for (int r = 0; r < rows; r++) {
				term(equation, table.cell(r, c), "t" + t + "[" + r + "," + c + "]", 1);
			}
			term(equation, table.columnTotals().get(c), source.columnTotalKey(c), -1);
			this.terms.add(equation);
		}
		Map<String, Double> byRows = new LinkedHashMap<>();
		term(byRows, table.grandTotal(), source.grandTotalKey(), -1);
		for (int r = 0; r < rows; r++) {
			term(byRows, table.rowTotals().get(r), source.rowTotalKey(r), 1);
		}
		this.terms.add(byRows);
		Map<String, Double> byColumns = new LinkedHashMap<>();
		term(byColumns, table.grandTotal(), source.grandTotalKey(), -1);
		for (int c = 0; c < columns; c++) {
			term(byColumns, table.columnTotals().get(c), source.columnTotalKey(c), 1);
		}
		this.terms.add(byColumns);
	}

	/**
	 * Adds a hidden entry to the equation as an unknown; a shown one is a known number
	 * (part of the right-hand side, which does not decide what can be recovered).
	 */
	private void term(Map<String, Double> equation, Count count, String name, double sign) {
		if (count.isHidden() && !this.shownTotals.contains(name)) {
			this.unknowns.putIfAbsent(name, this.unknowns.size());
			equation.merge(name, sign, Double::sum);
		}
	}

	private List<String> solve() {
		int n = this.unknowns.size();
		List<double[]> matrix = new ArrayList<>();
		for (Map<String, Double> equation : this.terms) {
			double[] row = new double[n];
			equation.forEach((name, coefficient) -> row[this.unknowns.get(name)] += coefficient);
			matrix.add(row);
		}
		List<double[]> basis = reducedRowEchelon(matrix, n);
		List<String> recovered = new ArrayList<>();
		for (Map.Entry<String, Integer> unknown : this.unknowns.entrySet()) {
			for (double[] row : basis) {
				if (isUnit(row, unknown.getValue())) {
					recovered.add(unknown.getKey());
				}
			}
		}
		return recovered;
	}

	/** The unknown is pinned when a row of the reduced echelon form names it alone. */
	private static boolean isUnit(double[] row, int index) {
		for (int i = 0; i < row.length; i++) {
			if (i == index ? Math.abs(row[i]) < EPSILON : Math.abs(row[i]) > EPSILON) {
				return false;
			}
		}
		return true;
	}

	private static List<double[]> reducedRowEchelon(List<double[]> rows, int n) {
		double[][] m = rows.toArray(double[][]::new);
		int pivotRow = 0;
		for (int col = 0; col < n && pivotRow < m.length; col++) {
			int best = pivotRow;
			for (int r = pivotRow; r < m.length; r++) {
				if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
					best = r;
				}
			}
			if (Math.abs(m[best][col]) < EPSILON) {
				continue;
			}
			double[] swap = m[best];
			m[best] = m[pivotRow];
			m[pivotRow] = swap;
			double pivot = m[pivotRow][col];
			for (int c = 0; c < n; c++) {
				m[pivotRow][c] /= pivot;
			}
			for (int r = 0; r < m.length; r++) {
				if (r != pivotRow && Math.abs(m[r][col]) > EPSILON) {
					double factor = m[r][col];
					for (int c = 0; c < n; c++) {
						m[r][c] -= factor * m[pivotRow][c];
					}
				}
			}
			pivotRow++;
		}
		List<double[]> basis = new ArrayList<>();
		for (int r = 0; r < pivotRow; r++) {
			basis.add(m[r]);
		}
		return basis;
	}

}
