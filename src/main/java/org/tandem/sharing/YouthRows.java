package org.tandem.sharing;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * The youth facts sharing needs, read with SQL from the read models the youth module
 * publishes ({@code youth_roster}, {@code youth_open_case}): the youth module calls
 * sharing, so sharing must not call it back. Row-level security keeps to the county.
 */
@Component
class YouthRows {

	/**
	 * Whether an agency is on the youth's team, as SQL over {@code :youth} and
	 * {@code :agency}: a current membership from any source; or an open case (the youth
	 * module's {@code youth_open_case}) unless a supervisor has taken the agency off the
	 * team since (leaving ends access at once; joining again restores it). A membership
	 * that ended with its source (a meeting cancelled) does not outweigh the case.
	 */
	static final String ON_TEAM = """
			(exists (select 1 from team_member t where t.youth_id = :youth and t.agency_id = :agency and t.left_at is null)
			 or (exists (select 1 from youth_open_case ya where ya.youth_id = :youth and ya.agency_id = :agency)
			     and not exists (select 1 from team_member t where t.youth_id = :youth and t.agency_id = :agency
			                     and t.left_at is not null and not t.source_ended)))""";

	private final JdbcClient jdbc;

	YouthRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID youthId) {
		return youthId != null && jdbc.sql("select exists (select 1 from youth_roster where id = ?)")
			.param(youthId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Refuses a youth that is not in the current county (another county's youth is "not
	 * found").
	 */
	void requireExists(UUID youthId) {
		if (!exists(youthId)) {
			throw new TandemException(ErrorCode.YOUTH_NOT_IN_COUNTY);
		}
	}

	boolean onTeam(UUID youthId, UUID agencyId) {
		return jdbc.sql("select " + ON_TEAM)
			.param("youth", youthId)
			.param("agency", agencyId)
			.query(Boolean.class)
			.single();
	}

	/** The name the youth goes by, for the printed accounting. */
	String name(UUID youthId) {
		return jdbc
			.sql("""
					select coalesce(nullif(preferred_name, ''), first_name) || ' ' || last_name from youth_roster where id = ?""")
			.param(youthId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.YOUTH_NOT_IN_COUNTY));
	}

	/**
	 * The agencies with an open case for the youth (the youth module's
	 * {@code youth_open_case}).
	 */
	java.util.List<UUID> openCaseAgencies(UUID youthId) {
		return jdbc.sql("select agency_id from youth_open_case where youth_id = ?")
			.param(youthId)
			.query(UUID.class)
			.list();
	}

}
