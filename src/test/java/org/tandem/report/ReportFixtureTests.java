package org.tandem.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.platform.Count;
import org.tandem.platform.SuppressedTable;
import org.tandem.platform.Tenancy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report of a scripted county against counts worked out by hand
 * ({@link ScriptedCounty}), suppression included, for a period across a year boundary.
 */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFixtureTests {

	private static final String FROM = "2025-12-01";

	private static final String TO = "2026-01-31";

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	Tenancy tenancy;

	@Autowired
	Reports reports;

	UUID county;

	@BeforeAll
	void scriptTheCounty() throws SQLException {
		this.county = ScriptedCounty.create(this.postgres);
	}

	@Test
	void youthIdentifiedByAgencyCountEachYouthOnceAtTheirHighestStatus() {
		ReportResult result = make(ReportKind.IDENTIFICATION, "agency");

		assertThat(result.table().columns()).containsExactly("Clinic B", "Probation", "School A");
		// By hand: 3 at risk (School A) and their totals are small; the SUSPECTED total
		// (12) and Probation's (37) are hidden beside them, then Probation's 12
		// suspected.
		assertThat(lines(result.table())).containsExactly("AT_RISK: 0 0 <11 | <11", "SUSPECTED: 0 <11 0 | <11",
				"CONFIRMED: 0 25 0 | 25", "ALL: 0 <11 <11 | 40");
		assertThat(result.suppressed()).isEqualTo(6);
		assertThat(result.kind().cohortDate()).isEqualTo("determinedOn");
		assertThat(result.period())
			.isEqualTo(new Period(java.time.LocalDate.parse(FROM), java.time.LocalDate.parse(TO)));
	}

	@Test
	void byRaceAMultiracialYouthCountsInEachGroupAndThePageSaysSo() {
		ReportResult result = make(ReportKind.IDENTIFICATION, "race");

		// 45 choices of 40 youth: the five who chose two groups count in both.
		assertThat(lines(result.table())).containsExactly("AT_RISK: 0 0 0 0 0 0 0 0 <11 | <11",
				"SUSPECTED: 0 0 0 <11 0 0 0 0 0 | <11", "CONFIRMED: 0 0 0 <11 0 0 <11 0 0 | 30",
				"ALL: 0 0 0 <11 0 0 <11 0 <11 | 45");
		assertThat(result.notes()).anyMatch(note -> note.contains("counts in each group they chose"));
	}

	@Test
	void byAgeBandGenderAndJurisdictionTheTotalsAgreeWithTheAgencyTable() {
		assertThat(lines(make(ReportKind.IDENTIFICATION, "ageBand").table())).containsExactly(
				"AT_RISK: 0 <11 0 0 | <11", "SUSPECTED: 0 <11 0 0 | <11", "CONFIRMED: 0 0 25 0 | 25",
				"ALL: 0 15 25 0 | 40");
		assertThat(lines(make(ReportKind.IDENTIFICATION, "gender").table())).containsExactly(
				"AT_RISK: 0 0 0 0 0 <11 | <11", "SUSPECTED: 0 0 0 0 0 <11 | <11", "CONFIRMED: 25 0 0 0 0 0 | 25",
				"ALL: 25 0 0 0 0 15 | 40");
		assertThat(lines(make(ReportKind.IDENTIFICATION, "jurisdiction").table())).containsExactly(
				"AT_RISK: 0 0 0 0 <11 | <11", "SUSPECTED: 0 0 0 0 <11 | <11", "CONFIRMED: 0 0 0 0 25 | 25",
				"ALL: 0 0 0 0 40 | 40");
	}

	@Test
	void screeningsByAgencySettingAndAcquaintanceCountAnAmendmentOnce() {
		// By hand: Clinic B's 2 and its total are small; in their row the smallest other
		// count is Probation's 13, among the totals Probation's total (13, below School
		// A's 14).
		assertThat(lines(make(ReportKind.SCREENINGS, "agency").table())).containsExactly("NO_CONCERN: 0 0 14 | 14",
				"POSSIBLE_CONCERN: <11 <11 0 | 15", "ALL: <11 <11 14 | 29");
		assertThat(lines(make(ReportKind.SCREENINGS, "setting").table())).containsExactly(
				"NO_CONCERN: 0 0 0 14 0 0 0 0 | 14", "POSSIBLE_CONCERN: 0 <11 0 0 0 0 0 <11 | 15",
				"ALL: 0 <11 0 14 0 0 0 <11 | 29");
		assertThat(lines(make(ReportKind.SCREENINGS, "knownYouthFor").table())).containsExactly(
				"NO_CONCERN: 0 0 0 0 14 0 | 14", "POSSIBLE_CONCERN: <11 0 0 0 0 <11 | 15",
				"ALL: <11 0 0 0 14 <11 | 29");
		assertThat(lines(make(ReportKind.SCREENINGS, "instrument").table())).containsExactly("NO_CONCERN: 14 | 14",
				"POSSIBLE_CONCERN: 15 | 15", "ALL: 29 | 29");
	}

	@Test
	void mdtTimelinessPerTierAndClockByTheDayOfIdentificationInTheCounty() {
		ReportResult result = make(ReportKind.MDT_TIMELINESS, "clock");

		assertThat(result.table().columns()).containsExactly("MET_ON_TIME", "MET_LATE", "OPEN", "OVERDUE");
		// By hand: the 2 overdue and their total are small; beside them the smallest
		// counts are the 11 open and their total.
		assertThat(lines(result.table())).containsExactly("IMMEDIATE_CRISIS/engage: 12 13 0 0 | 25",
				"INITIAL_MDT/convene: 0 0 <11 <11 | 13", "ALL: 12 13 <11 <11 | 38");
		assertThat(result.medianHours()).containsExactly(Map.entry("IMMEDIATE_CRISIS/engage", 3.0));
		assertThat(result.asOf()).isNotNull();

		assertThat(lines(make(ReportKind.MDT_TIMELINESS, "agency").table())).containsExactly("Clinic B: 0 0 0 0 | 0",
				"Probation: 12 13 <11 <11 | 38", "School A: 0 0 0 0 | 0", "ALL: 12 13 <11 <11 | 38");
	}

	@Test
	void aMedianOverHiddenCountsIsHidden() {
		// The first half of December: one engagement, met on time.
		ReportResult december = this.tenancy.inCounty(this.county, () -> this.reports.make(ReportKind.MDT_TIMELINESS,
				"2025-12-01", "2025-12-15", "clock", Locale.ENGLISH));
		assertThat(december.medianHours()).containsEntry("IMMEDIATE_CRISIS/engage", "<11");
	}

	@Test
	void theYearBoundaryCutsWhereTheCountyLivesNotInUtc() {
		// 2026 in the county: the eleven engaged on New Year's Eve (already 2026 in UTC)
		// are not in it; the twelve late in January and the one of 31 January local time
		// (1 February in UTC) are.
		ReportResult january = this.tenancy.inCounty(this.county, () -> this.reports.make(ReportKind.MDT_TIMELINESS,
				"2026-01-01", "2026-01-31", "clock", Locale.ENGLISH));
		assertThat(lines(january.table()).get(0)).isEqualTo("IMMEDIATE_CRISIS/engage: 0 13 0 0 | 13");
	}

	private ReportResult make(ReportKind kind, String by) {
		return this.tenancy.inCounty(this.county, () -> this.reports.make(kind, FROM, TO, by, Locale.ENGLISH));
	}

	/** Each row as "label: cells | total", then the column totals. */
	static List<String> lines(SuppressedTable table) {
		List<String> lines = new ArrayList<>();
		for (int r = 0; r < table.rows().size(); r++) {
			lines.add(table.rows().get(r) + ": "
					+ String.join(" ", table.cells().get(r).stream().map(Count::text).toList()) + " | "
					+ table.rowTotals().get(r).text());
		}
		lines.add("ALL: " + String.join(" ", table.columnTotals().stream().map(Count::text).toList()) + " | "
				+ table.grandTotal().text());
		return lines;
	}

}
