package org.tandem.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the one suppression rule on generated pages of skewed tables (one large
 * agency, many small ones, many zeros; up to three tables sharing their row totals):
 * nothing hidden can be recovered from what is shown, every small count is hidden, zero
 * and every shown count are exact, and a total shared by two tables is hidden in both or
 * neither. Seeded: see {@link SeededProperties}.
 */
class SuppressionPropertiesTests {

	private static final int TRIES = Math.max(1, SeededProperties.TRIES / 2);

	record Page(int threshold, List<CountTable> tables) {

		/**
		 * The same page with one column fewer in one table, for smaller counterexamples.
		 */
		List<Page> shrink() {
			List<Page> smaller = new ArrayList<>();
			if (this.tables.size() > 1) {
				smaller.add(new Page(this.threshold, this.tables.subList(0, 1)));
			}
			CountTable first = this.tables.get(0);
			for (int c = 0; this.tables.size() == 1 && first.columns().size() > 1 && c < first.columns().size(); c++) {
				List<String> columns = new ArrayList<>(first.columns());
				columns.remove(c);
				long[][] counts = new long[first.rows().size()][];
				for (int r = 0; r < counts.length; r++) {
					List<Long> line = new ArrayList<>();
					for (int k = 0; k < first.columns().size(); k++) {
						if (k != c) {
							line.add(first.count(r, k));
						}
					}
					counts[r] = line.stream().mapToLong(Long::longValue).toArray();
				}
				smaller.add(new Page(this.threshold, List.of(new CountTable(first.population(), first.rowDimension(),
						first.rows(), first.columnDimension(), columns, counts))));
			}
			return smaller;
		}
	}

	@Test
	void nothingHiddenCanBeRecoveredFromWhatIsShown() {
		SeededProperties.forAll("unrecoverable", TRIES, SuppressionPropertiesTests::page, page -> {
			List<SuppressedTable> shown = new Suppression(page.threshold()).page(page.tables());
			assertThat(RecoveryAttack.recoverable(page.tables(), shown)).isEmpty();
		}, Page::shrink);
	}

	@Test
	void smallCountsAreHiddenAndEveryShownCountIsExact() {
		SeededProperties.forAll("exact", TRIES, SuppressionPropertiesTests::page, page -> {
			List<SuppressedTable> shown = new Suppression(page.threshold()).page(page.tables());
			for (int t = 0; t < shown.size(); t++) {
				CountTable table = page.tables().get(t);
				SuppressedTable suppressed = shown.get(t);
				for (int r = 0; r < table.rows().size(); r++) {
					for (int c = 0; c < table.columns().size(); c++) {
						assertExact(page.threshold(), table.count(r, c), suppressed.cell(r, c));
					}
					assertExact(page.threshold(), table.rowTotal(r), suppressed.rowTotals().get(r));
				}
				for (int c = 0; c < table.columns().size(); c++) {
					assertExact(page.threshold(), table.columnTotal(c), suppressed.columnTotals().get(c));
				}
				assertExact(page.threshold(), table.grandTotal(), suppressed.grandTotal());
			}
		}, Page::shrink);
	}

	@Test
	void aSharedTotalIsHiddenInEveryTableOrInNone() {
		SeededProperties.forAll("shared", TRIES, SuppressionPropertiesTests::page, page -> {
			List<SuppressedTable> shown = new Suppression(page.threshold()).page(page.tables());
			for (int t = 1; t < shown.size(); t++) {
				for (int r = 0; r < shown.get(0).rows().size(); r++) {
					assertThat(shown.get(t).rowTotals().get(r).isHidden()).as("row total " + r + " of table " + t)
						.isEqualTo(shown.get(0).rowTotals().get(r).isHidden());
				}
				assertThat(shown.get(t).grandTotal().isHidden()).isEqualTo(shown.get(0).grandTotal().isHidden());
			}
		}, Page::shrink);
	}

	private static void assertExact(int threshold, long value, Count count) {
		if (value > 0 && value < threshold) {
			assertThat(count.isHidden()).as("small count " + value).isTrue();
		}
		else if (value == 0) {
			assertThat(count.isHidden()).as("zero stays zero").isFalse();
		}
		if (!count.isHidden()) {
			assertThat(count.value()).isEqualTo(value);
		}
		else {
			assertThat(count.text()).isEqualTo("<" + threshold);
		}
	}

	/**
	 * A page: a status by agency table (one large agency, the rest small and often
	 * empty), then up to two more tables of the same youth by other dimensions, splitting
	 * each status's total among their columns.
	 */
	static Page page(SplittableRandom random) {
		int[] thresholds = { 11, 11, 11, 3, 5, 20 };
		int threshold = thresholds[random.nextInt(thresholds.length)];
		int statuses = 1 + random.nextInt(4);
		int agencies = 1 + random.nextInt(14);
		List<String> rows = labels("s", statuses);
		long[][] counts = new long[statuses][agencies];
		for (int r = 0; r < statuses; r++) {
			for (int a = 0; a < agencies; a++) {
				counts[r][a] = a == 0 ? random.nextInt(400) : skewedSmall(random);
			}
		}
		List<CountTable> tables = new ArrayList<>();
		tables.add(new CountTable("youth", "status", rows, "agency", labels("a", agencies), counts));
		int more = random.nextInt(3);
		for (int m = 0; m < more; m++) {
			int columns = 1 + random.nextInt(5);
			long[][] split = new long[statuses][columns];
			for (int r = 0; r < statuses; r++) {
				long total = tables.get(0).rowTotal(r);
				for (long youth = 0; youth < total; youth++) {
					split[r][(int) Math.min(columns - 1, Math.floor(Math.pow(random.nextDouble(), 1.5) * columns))]++;
				}
			}
			tables.add(new CountTable("youth", "status", rows, "dimension" + m, labels("d", columns), split));
		}
		return new Page(threshold, tables);
	}

	/** Mostly zero or small, now and then a few dozen. */
	private static long skewedSmall(SplittableRandom random) {
		double draw = random.nextDouble();
		if (draw < 0.4) {
			return 0;
		}
		if (draw < 0.85) {
			return 1 + random.nextInt(10);
		}
		return 11 + random.nextInt(50);
	}

	private static List<String> labels(String prefix, int n) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			labels.add(prefix + i);
		}
		return labels;
	}

}
