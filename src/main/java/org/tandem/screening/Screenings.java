package org.tandem.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.instrument.Instruments;
import org.tandem.instrument.Score;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screening rows of the current county; {@link ScreeningService} is the door and audits.
 */
@Repository
class Screenings {

	private static final String COLUMNS = """
			s.id, s.youth_id, s.instrument_id, s.instrument_version, s.scoring_version, s.status, s.answers, s.sources,
			s.script_confirmed, s.screened_on, s.started_by, s.started_at, s.updated_at, s.submitted_by, s.submitted_at,
			s.amends_id, s.amendment_reason, s.imported, s.version,
			(select a.id from screening a where a.county_id = s.county_id and a.amends_id = s.id) as amended_by""";

	private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, List<Source>>> SOURCES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Instruments instruments;

	Screenings(JdbcClient jdbc, JsonMapper json, Instruments instruments) {
		this.jdbc = jdbc;
		this.json = json;
		this.instruments = instruments;
	}

	Optional<Screening> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from screening s where s.id = ?").param(id).query(this::map).optional();
	}

	List<Screening> forYouth(UUID youthId) {
		return jdbc.sql("select " + COLUMNS + " from screening s where s.youth_id = ? order by s.started_at desc")
			.param(youthId)
			.query(this::map)
			.list();
	}

	void insert(Screening s, UUID countyAgency) {
		jdbc.sql(
				"""
						insert into screening (county_id, id, youth_id, instrument_id, instrument_version, scoring_version, status,
						    answers, sources, script_confirmed, screened_on, started_by, started_at, updated_at, submitted_by,
						    submitted_agency, submitted_at, score, level, indicator_scores, rescreen_by, amends_id, amendment_reason,
						    imported)
						values (current_county(), :id, :youth, :instrument, :instrumentVersion, :scoringVersion, :status,
						    :answers::jsonb, :sources::jsonb, :script, :screenedOn, :startedBy, :startedAt, :updatedAt, :submittedBy,
						    :agency, :submittedAt, :score, :level, :result::jsonb, :rescreenBy, :amends, :reason, :imported)""")
			.param("id", s.id())
			.param("youth", s.youthId())
			.param("instrument", s.instrumentId())
			.param("instrumentVersion", s.instrumentVersion())
			.param("scoringVersion", s.scoringVersion())
			.param("status", s.status().name())
			.param("answers", json.writeValueAsString(s.answers()))
			.param("sources", json.writeValueAsString(s.sources()))
			.param("script", s.scriptConfirmed())
			.param("screenedOn", s.screenedOn())
			.param("startedBy", s.startedBy())
			.param("startedAt", Timestamp.from(s.startedAt()))
			.param("updatedAt", Timestamp.from(s.updatedAt()))
			.param("submittedBy", s.submittedBy())
			.param("agency", s.submitted() ? countyAgency : null)
			.param("submittedAt", s.submittedAt() == null ? null : Timestamp.from(s.submittedAt()))
			.param("score", s.result() == null ? null : s.result().score())
			.param("level", s.result() == null ? null : s.result().level())
			.param("result", s.result() == null ? null : indicatorScores(s.result()))
			.param("rescreenBy", s.result() == null ? null : rescreenBy(s.result(), s.screenedOn()))
			.param("amends", s.amendsId())
			.param("reason", s.amendmentReason())
			.param("imported", s.imported())
			.update();
	}

	/**
	 * Saves a draft's answers. A page numbers its saves ({@code seq}); one that arrives
	 * after a later-numbered save (requests overtake each other) is ignored, so the
	 * newest answers stay. Returns false when nothing was saved.
	 */
	boolean saveDraft(UUID id, Map<String, String> answers, Map<String, List<Source>> sources, boolean scriptConfirmed,
			Instant now, Long seq) {
		return jdbc.sql("""
				update screening set answers = :answers::jsonb, sources = :sources::jsonb, script_confirmed = :script,
				    updated_at = :now, version = version + 1, client_seq = coalesce(:seq, client_seq)
				where id = :id and status = 'DRAFT'
				  and (:seq::bigint is null or client_seq is null or client_seq < :seq)""")
			.param("seq", seq)
			.param("answers", json.writeValueAsString(answers))
			.param("sources", json.writeValueAsString(sources))
			.param("script", scriptConfirmed)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	boolean submit(UUID id, Score result, LocalDate screenedOn, UUID by, UUID agency, Instant now) {
		return jdbc
			.sql("""
					update screening set status = 'SUBMITTED', scoring_version = :scoringVersion, score = :score,
					    level = :level, indicator_scores = :result::jsonb, rescreen_by = :rescreenBy, screened_on = :screenedOn,
					    submitted_by = :by,
					    submitted_agency = :agency, submitted_at = :now, updated_at = :now, version = version + 1
					where id = :id and status = 'DRAFT'""")
			.param("scoringVersion", result.scoringVersion())
			.param("score", result.score())
			.param("level", result.level())
			.param("result", indicatorScores(result))
			.param("rescreenBy", rescreenBy(result, screenedOn))
			.param("screenedOn", screenedOn)
			.param("by", by)
			.param("agency", agency)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * When the result's guide asks for the next screening: its days, but never later than
	 * 6 months.
	 */
	static LocalDate rescreenBy(Score result, LocalDate screenedOn) {
		LocalDate sixMonths = screenedOn.plusMonths(6);
		Integer days = result.guideToAction() == null ? null : result.guideToAction().rescreenInDays();
		return days == null || screenedOn.plusDays(days).isAfter(sixMonths) ? sixMonths : screenedOn.plusDays(days);
	}

	/**
	 * What reports count of a result: each indicator's score (the rest is recomputed from
	 * the answers).
	 */
	String indicatorScores(Score result) {
		Map<String, Integer> scores = new java.util.LinkedHashMap<>();
		result.indicatorScores().forEach(indicator -> scores.put(indicator.indicatorId(), indicator.score()));
		return json.writeValueAsString(scores);
	}

	private Screening map(ResultSet rs, int row) throws SQLException {
		ScreeningStatus status = ScreeningStatus.valueOf(rs.getString("status"));
		Map<String, String> answers = json.readValue(rs.getString("answers"), ANSWERS);
		// Versions never change, so scoring the stored answers again gives the result of
		// submission.
		Score result = status == ScreeningStatus.SUBMITTED
				? instruments.get(rs.getString("instrument_id"), rs.getInt("instrument_version")).score(answers) : null;
		return new Screening(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				rs.getString("instrument_id"), rs.getInt("instrument_version"),
				(Integer) rs.getObject("scoring_version"), status, answers,
				json.readValue(rs.getString("sources"), SOURCES), rs.getBoolean("script_confirmed"),
				rs.getObject("screened_on", LocalDate.class), rs.getObject("started_by", UUID.class),
				instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("updated_at")),
				rs.getObject("submitted_by", UUID.class), instant(rs.getTimestamp("submitted_at")), result,
				rs.getObject("amends_id", UUID.class), rs.getString("amendment_reason"),
				rs.getObject("amended_by", UUID.class), rs.getBoolean("imported"), rs.getInt("version"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
