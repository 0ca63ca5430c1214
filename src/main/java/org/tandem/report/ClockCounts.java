package org.tandem.report;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.CountTable;

/**
 * The clocks of the responses opened in a period (by the day of identification in the
 * county), per tier and clock or per owning agency: met on time, met late, still open,
 * overdue, as of the moment the report is made.
 */
@Repository
class ClockCounts {

	static final List<String> OUTCOMES = List.of("MET_ON_TIME", "MET_LATE", "OPEN", "OVERDUE");

	private static final String OUTCOME = """
			case when met_at is not null and met_at <= due_at then 'MET_ON_TIME'
			     when met_at is not null then 'MET_LATE'
			     when due_at >= :asOf then 'OPEN'
			     else 'OVERDUE' end""";

	/** The tiers in the order of the protocol, then any other. */
	private static final String CLOCK_ORDER = """
			case tier when 'IMMEDIATE_CRISIS' then 1 when 'INITIAL_MDT' then 2 when 'ONGOING_MDT' then 3 else 4 end,
			tier, clock""";

	/**
	 * A median of hours from identification to the clock being met, and over how many.
	 */
	record Median(long met, Double hours) {
	}

	private final JdbcClient jdbc;

	private final ReportAgencies agencies;

	ClockCounts(JdbcClient jdbc, ReportAgencies agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	Map<String, CountTable> tables(Period period, Instant asOf) {
		List<String> clocks = this.jdbc
			.sql("select tier || '/' || clock from report_clock where identified_on between :from and :to"
					+ " group by tier, clock order by " + CLOCK_ORDER)
			.param("from", period.from())
			.param("to", period.to())
			.query(String.class)
			.list();
		Map<String, CountTable> tables = new LinkedHashMap<>();
		tables.put("clock", table(period, asOf, "clock", "c.tier || '/' || c.clock", "", clocks));
		tables.put("agency",
				table(period, asOf, "agency", "coalesce(a.name, '-')",
						"left join report_agency a on a.county_id = c.county_id and a.id = c.agency_id",
						this.agencies.names()));
		return tables;
	}

	/**
	 * Per row of the breakdown: the median hours to meet the clock, over the clocks met.
	 */
	Map<String, Median> medians(Period period, String by) {
		String row = by.equals("agency") ? "coalesce(a.name, '-')" : "c.tier || '/' || c.clock";
		Map<String, Median> medians = new LinkedHashMap<>();
		this.jdbc.sql("select " + row + " as row_label, count(c.met_at) as met,"
				+ " percentile_cont(0.5) within group (order by c.hours_to_meet) filter (where c.met_at is not null)"
				+ " as median from report_clock c"
				+ " left join report_agency a on a.county_id = c.county_id and a.id = c.agency_id"
				+ " where c.identified_on between :from and :to group by 1")
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, n) -> medians.put(rs.getString("row_label"),
					new Median(rs.getLong("met"), rs.getObject("median") == null ? null : rs.getDouble("median"))))
			.list();
		return medians;
	}

	private CountTable table(Period period, Instant asOf, String by, String row, String join, List<String> rows) {
		List<Tally> tallies = this.jdbc
			.sql("select " + row + " as row_label, " + OUTCOME + " as column_label, count(*) as n from report_clock c "
					+ join + " where c.identified_on between :from and :to group by 1, 2")
			.param("from", period.from())
			.param("to", period.to())
			.param("asOf", Timestamp.from(asOf))
			.query((rs, n) -> new Tally(rs.getString("row_label"), rs.getString("column_label"), rs.getLong("n")))
			.list();
		return Tally.table("clocks", by, rows, "outcome", OUTCOMES, tallies);
	}

}
