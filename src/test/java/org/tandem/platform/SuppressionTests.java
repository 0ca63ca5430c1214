package org.tandem.platform;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The one suppression rule on tables worked out by hand, and on a skewed county (one
 * large agency, many small ones) where someone holding the page tries to recover every
 * hidden count and fails.
 */
class SuppressionTests {

	private static final List<String> STATUSES = List.of("AT_RISK", "SUSPECTED", "CONFIRMED");

	private final Suppression suppression = new Suppression(11);

	@Test
	void smallCountsAreHiddenZeroStaysZeroAndLoneHiddenCellsTakeTheSmallestNeighbour() {
		CountTable table = new CountTable("youth", "status", STATUSES, "agency",
				List.of("Probation", "School A", "Clinic B", "Shelter C"),
				new long[][] { { 120, 3, 0, 14 }, { 45, 0, 2, 12 }, { 30, 0, 0, 11 } });

		SuppressedTable shown = this.suppression.table(table);

		// By hand: 3 and 2 are small, and so are the column totals of School A (3) and
		// Clinic B (2). Rows AT_RISK and SUSPECTED then hold one hidden cell each, so
		// their smallest other counts (14 and 12, both Shelter C) are hidden too; every
		// line then has two hidden entries, on one cycle.
		assertThat(texts(shown)).containsExactly("120 <11 0 <11 | 137", "45 0 <11 <11 | 59", "30 0 0 11 | 41",
				"195 <11 <11 37 | 237");
		assertThat(shown.hidden()).isEqualTo(6);
		assertThat(RecoveryAttack.recoverable(List.of(table), List.of(shown))).isEmpty();
	}

	@Test
	void twoHiddenCellsInEveryLineAreNotEnoughWhenOneIsABridge() {
		long[][] counts = new long[5][5];
		for (long[] row : counts) {
			java.util.Arrays.fill(row, 100);
		}
		// Two blocks of small counts, each a cycle, joined by one small count at (0,2).
		int[][] small = { { 0, 0, 1 }, { 0, 1, 2 }, { 1, 0, 3 }, { 1, 1, 4 }, { 2, 2, 5 }, { 2, 3, 6 }, { 3, 2, 7 },
				{ 3, 3, 8 }, { 0, 2, 9 } };
		for (int[] cell : small) {
			counts[cell[0]][cell[1]] = cell[2];
		}
		CountTable table = new CountTable("youth", "row", List.of("a", "b", "c", "d", "e"), "column",
				List.of("v", "w", "x", "y", "z"), counts);
		SuppressedTable primaryOnly = primaryOnly(table);
		assertThat(RecoveryAttack.recoverable(List.of(table), List.of(primaryOnly)))
			.as("rows a and b less columns v and w give (a, x) away")
			.containsExactly("t0[0,2]");

		SuppressedTable shown = this.suppression.table(table);

		assertThat(RecoveryAttack.recoverable(List.of(table), List.of(shown))).isEmpty();
		assertThat(shown.cell(0, 3).isHidden()).as("the smallest count beside the bridge, first in its row").isTrue();
		assertThat(shown.hidden()).isEqualTo(10);
	}

	@Test
	void aSkewedCountyGivesNothingAwayAcrossThePage() {
		List<String> agencies = new ArrayList<>();
		agencies.add("Probation");
		for (int i = 1; i <= 14; i++) {
			agencies.add("Agency " + i);
		}
		long[][] byAgency = { { 212, 4, 0, 1, 12, 0, 7, 2, 0, 0, 15, 3, 1, 0, 9 },
				{ 96, 0, 2, 0, 3, 0, 0, 11, 1, 0, 6, 0, 0, 5, 0 }, { 41, 1, 0, 0, 0, 2, 0, 0, 0, 0, 13, 0, 0, 0, 1 } };
		CountTable agencyTable = new CountTable("youth", "status", STATUSES, "agency", agencies, byAgency);
		// The same youth by age band: the same row totals (266, 124, 58).
		long[][] byAge = { { 9, 120, 137 }, { 2, 61, 61 }, { 0, 30, 28 } };
		CountTable ageTable = new CountTable("youth", "status", STATUSES, "ageBand", List.of("0-11", "12-15", "16-20"),
				byAge);
		List<CountTable> page = List.of(agencyTable, ageTable);

		List<SuppressedTable> shown = this.suppression.page(page);

		assertThat(RecoveryAttack.recoverable(page, shown)).isEmpty();
		assertThat(RecoveryAttack.recoverable(page, page.stream().map(SuppressionTests::primaryOnly).toList()))
			.as("hiding only the small counts gives many away")
			.hasSizeGreaterThan(3);
		assertThat(shown.get(0).cell(0, 0).value()).isEqualTo(212);
		assertThat(shown.get(1).cell(0, 0).isHidden()).isTrue();
	}

	@Test
	void aTotalHiddenInOneTableIsHiddenInEveryTableSharingIt() {
		// Agency Z's total (6) is small; each table hides the first of the two equal
		// totals beside it (40 and 40), and they list the agencies in different orders.
		CountTable byStatus = new CountTable("youth", "status", List.of("AT_RISK", "CONFIRMED"), "agency",
				List.of("X", "Y", "Z"), new long[][] { { 20, 30, 4 }, { 20, 10, 2 } });
		CountTable byGender = new CountTable("youth", "gender", List.of("F", "M"), "agency", List.of("Y", "X", "Z"),
				new long[][] { { 20, 20, 3 }, { 20, 20, 3 } });
		List<CountTable> page = List.of(byStatus, byGender);
		List<SuppressedTable> apart = List.of(this.suppression.table(byStatus), this.suppression.table(byGender));
		assertThat(RecoveryAttack.recoverable(page, apart))
			.as("suppressed apart, one table shows the total the other hid, and Z's total follows")
			.contains("youth/agency=Z");

		List<SuppressedTable> shown = this.suppression.page(page);

		for (SuppressedTable table : shown) {
			assertThat(table.columnTotals()).allMatch(Count::isHidden);
		}
		assertThat(RecoveryAttack.recoverable(page, shown)).isEmpty();
	}

	@Test
	void theThresholdIsASettingAndTheMarkerFollowsIt() {
		Suppression five = new Suppression(5);
		SuppressedTable shown = five.table(new CountTable("youth", "status", List.of("A"), "agency",
				List.of("x", "y", "z"), new long[][] { { 4, 5, 30 } }));
		assertThat(five.marker()).isEqualTo("<5");
		assertThat(shown.cell(0, 0).text()).isEqualTo("<5");
		assertThat(shown.cell(0, 1).isHidden()).as("the smallest other count in the row").isTrue();
		assertThat(shown.cell(0, 2).value()).isEqualTo(30);
		assertThat(new Suppression(11).marker()).isEqualTo("<11");
		assertThatIllegalArgumentException().isThrownBy(() -> new Suppression(0));
	}

	@Test
	void aShareOfAHiddenCountIsHidden() {
		SuppressedTable shown = this.suppression.table(new CountTable("youth", "status", List.of("A"), "agency",
				List.of("x", "y", "z"), new long[][] { { 4, 20, 30 } }));
		assertThat(shown.cell(0, 0).percentOf(shown.grandTotal())).isEmpty();
		assertThat(shown.cell(0, 1).percentOf(shown.grandTotal())).isEmpty();
		assertThat(shown.cell(0, 2).percentOf(shown.grandTotal())).hasValue(30 * 100.0 / 54);
		assertThat(shown.cell(0, 0).json()).isEqualTo("<11");
		assertThat(shown.cell(0, 2).json()).isEqualTo(30L);
	}

	@Test
	void twoTablesGivingOneTotalDifferentValuesAreRefused() {
		CountTable a = new CountTable("youth", "status", List.of("A"), "agency", List.of("x"), new long[][] { { 20 } });
		CountTable b = new CountTable("youth", "status", List.of("A"), "gender", List.of("x"), new long[][] { { 21 } });
		assertThatIllegalArgumentException().isThrownBy(() -> this.suppression.page(List.of(a, b)));
	}

	/** Only the small counts hidden: the naive rule, which the attack must beat. */
	static SuppressedTable primaryOnly(CountTable table) {
		List<List<Count>> cells = new ArrayList<>();
		for (int r = 0; r < table.rows().size(); r++) {
			List<Count> line = new ArrayList<>();
			for (int c = 0; c < table.columns().size(); c++) {
				line.add(small(table.count(r, c)));
			}
			cells.add(line);
		}
		List<Count> rowTotals = new ArrayList<>();
		for (int r = 0; r < table.rows().size(); r++) {
			rowTotals.add(small(table.rowTotal(r)));
		}
		List<Count> columnTotals = new ArrayList<>();
		for (int c = 0; c < table.columns().size(); c++) {
			columnTotals.add(small(table.columnTotal(c)));
		}
		return new SuppressedTable(table.rowDimension(), table.rows(), table.columnDimension(), table.columns(), cells,
				rowTotals, columnTotals, small(table.grandTotal()));
	}

	private static Count small(long value) {
		return value > 0 && value < 11 ? Count.hidden("<11") : Count.shown(value);
	}

	/** Each row as "cells | total", then the column totals and the grand total. */
	private static List<String> texts(SuppressedTable table) {
		List<String> lines = new ArrayList<>();
		for (int r = 0; r < table.rows().size(); r++) {
			lines.add(String.join(" ", table.cells().get(r).stream().map(Count::text).toList()) + " | "
					+ table.rowTotals().get(r).text());
		}
		lines.add(String.join(" ", table.columnTotals().stream().map(Count::text).toList()) + " | "
				+ table.grandTotal().text());
		return lines;
	}

}
