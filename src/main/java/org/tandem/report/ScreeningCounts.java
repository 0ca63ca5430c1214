package org.tandem.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.CountTable;

/**
 * Screenings done in a period by their level of concern: screenings, not youth (a youth
 * screened twice counts twice), an amended screening once, as amended.
 */
@Repository
class ScreeningCounts {

	static final List<String> SETTINGS = List.of("HOTLINE", "JUVENILE_HALL_INTAKE", "EMERGENCY_ROOM", "SCHOOL",
			"PLACEMENT", "FIELD", "OTHER", "NOT_RECORDED");

	static final List<String> KNOWN_FOR = List.of("NOT_BEFORE", "UNDER_A_MONTH", "ONE_TO_SIX_MONTHS",
			"SIX_TO_TWELVE_MONTHS", "OVER_A_YEAR", "NOT_RECORDED");

	private final JdbcClient jdbc;

	private final ReportAgencies agencies;

	ScreeningCounts(JdbcClient jdbc, ReportAgencies agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	Map<String, CountTable> tables(Period period) {
		List<String> levels = this.jdbc
			.sql("select distinct level from report_screening where screened_on between :from and :to order by 1")
			.param("from", period.from())
			.param("to", period.to())
			.query(String.class)
			.list();
		Map<String, CountTable> tables = new LinkedHashMap<>();
		tables.put("agency",
				table(period, levels, "agency", "coalesce(a.name, '-')",
						"left join report_agency a on a.county_id = s.county_id and a.id = s.agency_id",
						this.agencies.names()));
		tables.put("setting", table(period, levels, "setting", "s.setting", "", SETTINGS));
		tables.put("knownYouthFor", table(period, levels, "knownYouthFor", "s.known_youth_for", "", KNOWN_FOR));
		tables.put("instrument", table(period, levels, "instrument", "s.instrument_id", "", List.of()));
		return tables;
	}

	private CountTable table(Period period, List<String> levels, String by, String column, String join,
			List<String> columns) {
		List<Tally> tallies = this.jdbc
			.sql("select s.level as row_label, " + column + " as column_label, count(*) as n from report_screening s "
					+ join + " where s.screened_on between :from and :to group by 1, 2")
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, n) -> new Tally(rs.getString("row_label"), rs.getString("column_label"), rs.getLong("n")))
			.list();
		return Tally.table("screenings", "level", levels, by, columns, tallies);
	}

}
