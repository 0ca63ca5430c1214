package org.tandem.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.tandem.Database;

/**
 * A county of its own, written straight into the database, whose every report was counted
 * by hand (see {@link ReportFixtureTests}). The period of interest is 2025-12-01 to
 * 2026-01-31, across a year boundary; records just outside it are there to be left out.
 * One large agency (Probation), two small ones.
 */
final class ScriptedCounty {

	static final String NAME = "Report Fixture County";

	private ScriptedCounty() {
	}

	static UUID create(EmbeddedPostgres postgres) throws SQLException {
		UUID county = UUID.randomUUID();
		try (Connection db = Database.asSuperuser(postgres); Statement sql = db.createStatement()) {
			String c = "'" + county + "'";
			// marked demo: a test county, not a real one (the demo seeder refuses
			// databases
			// holding real counties, and later tests share this database)
			sql.execute("insert into county (id, name, time_zone, demo) values (" + c + ", '" + NAME
					+ "', 'America/Los_Angeles', true)");
			sql.execute("insert into agency (county_id, id, name, agency_type) values (" + c
					+ ", gen_random_uuid(), 'Probation', 'PROBATION'), (" + c
					+ ", gen_random_uuid(), 'School A', 'EDUCATION'), (" + c
					+ ", gen_random_uuid(), 'Clinic B', 'MENTAL_HEALTH')");
			identification(sql, c);
			screenings(sql, c);
			clocks(sql, c);
		}
		return county;
	}

	private static String agency(String c, String name) {
		return "(select id from agency where county_id = " + c + " and name = '" + name + "')";
	}

	/** {@code n} youth tagged {@code tag}, with a birthday, races and gender identity. */
	private static void youth(Statement sql, String c, String tag, int n, String born, String races, String gender)
			throws SQLException {
		sql.execute("insert into youth (county_id, id, first_name, last_name, date_of_birth, race_ethnicity,"
				+ " gender_identity, search_names, created_at, updated_at) select " + c
				+ ", gen_random_uuid(), 'Y' || g, '" + tag + "', date '" + born + "', " + races + ", " + gender
				+ ", 'y', now(), now() from generate_series(1, " + n + ") g");
	}

	private static void determine(Statement sql, String c, String tag, String kind, String on, String agency,
			String state) throws SQLException {
		sql.execute("insert into determination (county_id, id, youth_id, kind, determined_on, source, determined_by,"
				+ " agency_id, recorded_at, state, closed_on) select " + c + ", gen_random_uuid(), y.id, '" + kind
				+ "', date '" + on + "', 'DISCLOSURE', gen_random_uuid(), " + agency(c, agency) + ", now(), '" + state
				+ "', " + (state.equals("ACTIVE") ? "null" : "date '" + on + "'") + " from youth y where y.county_id = "
				+ c + " and y.last_name = '" + tag + "'");
	}

	/**
	 * By hand, each youth once at their highest status in the period: AT_RISK 3 (School
	 * A, aged 12, race not recorded), SUSPECTED 12 (Probation, aged 13, Hispanic or
	 * Latino), CONFIRMED 25 (Probation, aged 15; 20 White, 5 Hispanic or Latino and
	 * White, who were first at risk at School A). Left out: 6 confirmed a day outside the
	 * period, 2 suspected and ruled out.
	 */
	private static void identification(Statement sql, String c) throws SQLException {
		youth(sql, c, "Confirmed", 20, "2010-06-01", "array['WHITE']", "'female'");
		determine(sql, c, "Confirmed", "CONFIRMED", "2025-12-15", "Probation", "ACTIVE");
		youth(sql, c, "Twice", 5, "2010-06-01", "array['HISPANIC_LATINO', 'WHITE']", "'Girl'");
		determine(sql, c, "Twice", "AT_RISK", "2025-12-02", "School A", "ACTIVE");
		determine(sql, c, "Twice", "CONFIRMED", "2026-01-20", "Probation", "ACTIVE");
		youth(sql, c, "Suspected", 12, "2012-03-01", "array['HISPANIC_LATINO']", "null");
		determine(sql, c, "Suspected", "SUSPECTED", "2026-01-10", "Probation", "ACTIVE");
		youth(sql, c, "AtRisk", 3, "2014-01-01", "'{}'", "null");
		determine(sql, c, "AtRisk", "AT_RISK", "2026-01-05", "School A", "ACTIVE");
		youth(sql, c, "Before", 4, "2010-01-01", "'{}'", "null");
		determine(sql, c, "Before", "CONFIRMED", "2025-11-30", "Clinic B", "ACTIVE");
		youth(sql, c, "After", 2, "2010-01-01", "'{}'", "null");
		determine(sql, c, "After", "CONFIRMED", "2026-02-01", "Clinic B", "ACTIVE");
		youth(sql, c, "RuledOut", 2, "2010-01-01", "'{}'", "null");
		determine(sql, c, "RuledOut", "SUSPECTED", "2026-01-12", "Clinic B", "RULED_OUT");
	}

	private static void screen(Statement sql, String c, int n, String agency, String level, String on, String setting,
			String knownFor) throws SQLException {
		sql.execute("insert into screening (county_id, id, youth_id, instrument_id, instrument_version, status,"
				+ " screened_on, started_at, updated_at, submitted_at, submitted_agency, level, setting,"
				+ " known_youth_for) select " + c + ", gen_random_uuid(), (select id from youth where county_id = " + c
				+ " and last_name = 'Confirmed' limit 1), 'tandem-brief-screen', 1, 'SUBMITTED', date '" + on
				+ "', now(), now(), now(), " + agency(c, agency) + ", '" + level + "', " + setting + ", " + knownFor
				+ " from generate_series(1, " + n + ")");
	}

	/**
	 * By hand: POSSIBLE_CONCERN 13 at Probation (juvenile hall intake, had not met the
	 * youth) and 2 at Clinic B (setting and acquaintance not recorded, on the period's
	 * last day); NO_CONCERN 14 at School A (school, known over a year), one of them an
	 * amendment that replaces its original. Left out: one the day after the period.
	 */
	private static void screenings(Statement sql, String c) throws SQLException {
		screen(sql, c, 13, "Probation", "POSSIBLE_CONCERN", "2025-12-20", "'JUVENILE_HALL_INTAKE'", "'NOT_BEFORE'");
		screen(sql, c, 2, "Clinic B", "POSSIBLE_CONCERN", "2026-01-31", "null", "null");
		screen(sql, c, 14, "School A", "NO_CONCERN", "2026-01-15", "'SCHOOL'", "'OVER_A_YEAR'");
		screen(sql, c, 1, "Probation", "POSSIBLE_CONCERN", "2026-02-01", "'FIELD'", "'NOT_BEFORE'");
		sql.execute("update screening set amends_id = (select id from screening where county_id = " + c
				+ " and submitted_agency = " + agency(c, "School A") + " order by id limit 1) where id = (select id"
				+ " from screening where county_id = " + c + " and submitted_agency = " + agency(c, "School A")
				+ " order by id desc limit 1)");
		screen(sql, c, 1, "School A", "NO_CONCERN", "2026-01-15", "'SCHOOL'", "'OVER_A_YEAR'");
	}

	private static void respond(Statement sql, String c, int n, String tier, String identifiedAt, String clock,
			String due, String metAfter) throws SQLException {
		String met = metAfter == null ? "null" : "timestamptz '" + identifiedAt + "' + interval '" + metAfter + "'";
		sql.execute("with r as (insert into response (county_id, id, youth_id, tier, jurisdiction, lead_agency_id,"
				+ " protocol_id, protocol_version, identified_at, started_at) select " + c
				+ ", gen_random_uuid(), (select id from youth where county_id = " + c
				+ " and last_name = 'Confirmed' limit 1), '" + tier + "', 'DEPENDENCY', " + agency(c, "Probation")
				+ ", 'model', 1, timestamptz '" + identifiedAt + "', now() from generate_series(1, " + n
				+ ") returning id) insert into response_clock (county_id, response_id, name, due_at, warn_at,"
				+ " owner_agency_id, met_at, breach_reason) select " + c + ", r.id, '" + clock + "', " + due + ", "
				+ due + ", " + agency(c, "Probation") + ", " + met + ", 'late' from r");
	}

	/**
	 * By hand (the county is in Los Angeles): engage met on time 12 (one identified at
	 * 01:00 on 1 December local time, eleven at 20:00 on New Year's Eve), met late 13
	 * (twelve in January, one at 18:00 on 31 January local, already 1 February in UTC);
	 * convene open 11 (due in 2099), overdue 2. Left out: one engaged response identified
	 * at 23:00 on 30 November local time (1 December in UTC). Hours to engage: 12 times
	 * 1, 13 times 3, so the median (the 13th of 25) is 3.
	 */
	private static void clocks(Statement sql, String c) throws SQLException {
		String twoHours = "timestamptz '%s' + interval '2 hours'";
		respond(sql, c, 1, "IMMEDIATE_CRISIS", "2025-12-01T09:00:00Z", "engage",
				twoHours.formatted("2025-12-01T09:00:00Z"), "1 hour");
		respond(sql, c, 11, "IMMEDIATE_CRISIS", "2026-01-01T04:00:00Z", "engage",
				twoHours.formatted("2026-01-01T04:00:00Z"), "1 hour");
		respond(sql, c, 12, "IMMEDIATE_CRISIS", "2026-01-15T18:00:00Z", "engage",
				twoHours.formatted("2026-01-15T18:00:00Z"), "3 hours");
		respond(sql, c, 1, "IMMEDIATE_CRISIS", "2026-02-01T02:00:00Z", "engage",
				twoHours.formatted("2026-02-01T02:00:00Z"), "3 hours");
		respond(sql, c, 1, "IMMEDIATE_CRISIS", "2025-12-01T07:00:00Z", "engage",
				twoHours.formatted("2025-12-01T07:00:00Z"), "1 hour");
		respond(sql, c, 11, "INITIAL_MDT", "2026-01-10T18:00:00Z", "convene", "timestamptz '2099-01-01T00:00:00Z'",
				null);
		respond(sql, c, 2, "INITIAL_MDT", "2026-01-10T18:00:00Z", "convene", "timestamptz '2026-01-20T18:00:00Z'",
				null);
	}

}
