package org.tandem.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.CountTable;

/**
 * Youth identified in a period, each counted once at the highest status determined in it
 * (confirmed, then suspected, then at risk) with the agency and age of the first
 * determination of that status; ruled-out determinations do not count. By race and
 * ethnicity a youth counts in every group they chose: that table counts choices, a
 * population of its own.
 */
@Repository
class IdentificationCounts {

	static final List<String> KINDS = List.of("AT_RISK", "SUSPECTED", "CONFIRMED");

	static final List<String> AGE_BANDS = List.of("UNDER_12", "AGE_12_TO_14", "AGE_15_TO_17", "AGE_18_AND_OVER");

	static final List<String> GENDERS = List.of("FEMALE", "MALE", "TRANSGENDER", "NONBINARY", "SELF_DESCRIBED",
			"NOT_RECORDED");

	static final List<String> RACES = List.of("AMERICAN_INDIAN_ALASKA_NATIVE", "ASIAN", "BLACK_AFRICAN_AMERICAN",
			"HISPANIC_LATINO", "MIDDLE_EASTERN_NORTH_AFRICAN", "NATIVE_HAWAIIAN_PACIFIC_ISLANDER", "WHITE", "DECLINED",
			"NOT_RECORDED");

	static final List<String> JURISDICTIONS = List.of("DEPENDENCY", "DELINQUENCY", "DUAL_STATUS", "NONE", "UNKNOWN");

	/**
	 * Each youth once: their highest status in the period and its first determination.
	 */
	private static final String CHOSEN = """
			with chosen as (
			    select distinct on (youth_id) youth_id, kind, agency_id, age_band, gender, races, jurisdiction
			    from report_identification
			    where determined_on between :from and :to
			    order by youth_id, kind_rank desc, determined_on, id)
			""";

	private final JdbcClient jdbc;

	private final ReportAgencies agencies;

	IdentificationCounts(JdbcClient jdbc, ReportAgencies agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	/** One table per breakdown, in the report's order. */
	Map<String, CountTable> tables(Period period) {
		Map<String, CountTable> tables = new LinkedHashMap<>();
		tables.put("agency",
				table(period, "agency", "coalesce(a.name, '-')",
						"left join report_agency a on a.county_id = current_county() and a.id = chosen.agency_id",
						this.agencies.names()));
		tables.put("ageBand", table(period, "ageBand", "chosen.age_band", "", AGE_BANDS));
		tables.put("gender", table(period, "gender", "chosen.gender", "", GENDERS));
		tables.put("race",
				table(period, "race", "race.value", "cross join unnest(chosen.races) as race(value)", RACES));
		tables.put("jurisdiction", table(period, "jurisdiction", "chosen.jurisdiction", "", JURISDICTIONS));
		return tables;
	}

	private CountTable table(Period period, String by, String column, String join, List<String> columns) {
		List<Tally> tallies = this.jdbc
			.sql(CHOSEN + "select chosen.kind as row_label, " + column + " as column_label, count(*) as n from chosen "
					+ join + " group by 1, 2")
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, n) -> new Tally(rs.getString("row_label"), rs.getString("column_label"), rs.getLong("n")))
			.list();
		String population = by.equals("race") ? "youth-race-choices" : "youth";
		return Tally.table(population, "status", KINDS, by, new ArrayList<>(columns), tallies);
	}

}
