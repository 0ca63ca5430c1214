package org.tandem.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.evidence.ReferenceRules.Determination;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a validation reads, through the read models the screening, status, county and
 * youth modules publish ({@code screening_result}, {@code determination_outcome},
 * {@code agency_directory}, {@code youth_roster}, {@code youth_demographics}); row-level
 * security keeps it to the current county.
 */
@Repository
class ValidationRecords {

	private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
	};

	private static final String IN_PERIOD = """
			r.instrument_id = :instrument and r.instrument_version = :version
			and r.screened_on >= :from and r.screened_on <= :to""";

	/** One screening's result with what the subgroups need. */
	record ScreeningRow(UUID id, UUID youthId, LocalDate screenedOn, int score, String level,
			Map<String, String> answers, UUID submittedBy, String agencyType, LocalDate dateOfBirth,
			List<String> raceEthnicity, String genderIdentity) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ValidationRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The screenings of the instrument version in the period, by youth and date. */
	List<ScreeningRow> screenings(String instrumentId, int version, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select r.id, r.youth_id, r.screened_on, r.score, r.level, r.answers, r.submitted_by, a.agency_type,
				    y.date_of_birth, d.race_ethnicity, d.gender_identity
				from screening_result r
				left join agency_directory a on a.county_id = r.county_id and a.id = r.submitted_agency
				left join youth_roster y on y.county_id = r.county_id and y.id = r.youth_id
				left join youth_demographics d on d.county_id = r.county_id and d.id = r.youth_id
				where %s
				order by r.youth_id, r.screened_on, r.id""".formatted(IN_PERIOD))
			.param("instrument", instrumentId)
			.param("version", version)
			.param("from", from)
			.param("to", to)
			.query(this::screening)
			.list();
	}

	/** The determinations of every youth screened with the version in the period. */
	Map<UUID, List<Determination>> determinations(String instrumentId, int version, LocalDate from, LocalDate to) {
		Map<UUID, List<Determination>> byYouth = new HashMap<>();
		jdbc.sql("""
				select d.youth_id, d.kind, d.state, d.determined_on, d.closed_on
				from determination_outcome d
				where d.youth_id in (select r.youth_id from screening_result r where %s)""".formatted(IN_PERIOD))
			.param("instrument", instrumentId)
			.param("version", version)
			.param("from", from)
			.param("to", to)
			.query((ResultSet rs) -> {
				byYouth.computeIfAbsent(rs.getObject("youth_id", UUID.class), y -> new java.util.ArrayList<>())
					.add(new Determination(rs.getString("kind"), rs.getString("state"),
							rs.getObject("determined_on", LocalDate.class),
							rs.getObject("closed_on", LocalDate.class)));
			});
		return byYouth;
	}

	private ScreeningRow screening(ResultSet rs, int row) throws SQLException {
		return new ScreeningRow(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				rs.getObject("screened_on", LocalDate.class), rs.getInt("score"), rs.getString("level"),
				json.readValue(rs.getString("answers"), ANSWERS), rs.getObject("submitted_by", UUID.class),
				rs.getString("agency_type"), rs.getObject("date_of_birth", LocalDate.class),
				rs.getArray("race_ethnicity") == null ? List.of()
						: List.of((String[]) rs.getArray("race_ethnicity").getArray()),
				rs.getString("gender_identity"));
	}

}
