package org.tandem.youth;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Youth rows of the current county. Callers run inside a transaction (row-level security
 * sees no county otherwise); {@link YouthRegistry} is the module's door and does the
 * auditing.
 */
@Repository
class YouthRecords {

	private static final String COLUMNS = """
			y.county_id, y.id, y.first_name, y.middle_name, y.last_name, y.preferred_name, y.aliases, y.date_of_birth,
			y.jurisdiction, y.race_ethnicity, y.gender_identity, y.sexual_orientation, y.pronouns, y.languages,
			y.safe_contact_note, y.created_at, y.updated_at, y.version,
			coalesce((select array_agg(a.agency_id) from youth_agency a where a.county_id = y.county_id and a.youth_id = y.id),
			         '{}') as agency_ids""";

	private static final String SUMMARY = "y.id, y.first_name, y.last_name, y.preferred_name, y.aliases, y.date_of_birth, y.jurisdiction";

	private static final String INSERT = """
			insert into youth (county_id, id, first_name, middle_name, last_name, preferred_name, aliases, date_of_birth,
			    jurisdiction, race_ethnicity, gender_identity, sexual_orientation, pronouns, languages, safe_contact_note,
			    search_names, created_at, created_by, updated_at, updated_by)
			values (current_county(), :id, :firstName, :middleName, :lastName, :preferredName, :aliases, :dateOfBirth,
			    :jurisdiction, :race, :genderIdentity, :sexualOrientation, :pronouns, :languages, :safeContactNote,
			    :searchNames, :now, :by, :now, :by)""";

	private static final String INSERT_AGENCY = """
			insert into youth_agency (county_id, youth_id, agency_id, since) values (current_county(), :youthId, :agencyId,
			    current_date)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	YouthRecords(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Optional<LocalDate> dateOfBirth(UUID id) {
		return jdbc.sql("select date_of_birth from youth where id = ?").param(id).query(LocalDate.class).optional();
	}

	Optional<Youth> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from youth y where y.id = ?")
			.param(id)
			.query(YouthRecords::map)
			.optional();
	}

	void insert(UUID id, YouthForm form, Instant now, UUID by) {
		jdbc.sql(INSERT).paramSource(parameters(id, form, now, by)).update();
		replaceAgencies(id, form.getAgencyIds());
	}

	/** Inserts many youth in JDBC batches: the path of imports and the demo generator. */
	void insertAll(Map<UUID, YouthForm> youth, Instant now, UUID by) {
		batch.batchUpdate(INSERT,
				youth.entrySet()
					.stream()
					.map(entry -> parameters(entry.getKey(), entry.getValue(), now, by))
					.toArray(SqlParameterSource[]::new));
		batch.batchUpdate(INSERT_AGENCY, youth.entrySet()
			.stream()
			.flatMap(entry -> entry.getValue()
				.getAgencyIds()
				.stream()
				.map(agency -> new MapSqlParameterSource("youthId", entry.getKey()).addValue("agencyId", agency)))
			.toArray(SqlParameterSource[]::new));
	}

	/**
	 * Updates when the stored version is the one the worker edited; false when someone
	 * changed it meanwhile.
	 */
	boolean update(UUID id, YouthForm form, Instant now, UUID by) {
		int changed = jdbc
			.sql("""
					update youth set first_name = :firstName, middle_name = :middleName, last_name = :lastName,
					    preferred_name = :preferredName, aliases = :aliases, date_of_birth = :dateOfBirth,
					    jurisdiction = :jurisdiction, race_ethnicity = :race, gender_identity = :genderIdentity,
					    sexual_orientation = :sexualOrientation, pronouns = :pronouns, languages = :languages,
					    safe_contact_note = :safeContactNote, search_names = :searchNames, updated_at = :now, updated_by = :by,
					    version = version + 1
					where id = :id and version = :version""")
			.paramSource(parameters(id, form, now, by).addValue("version", form.getVersion()))
			.update();
		if (changed == 1) {
			replaceAgencies(id, form.getAgencyIds());
		}
		return changed == 1;
	}

	private void replaceAgencies(UUID youthId, Set<UUID> agencyIds) {
		jdbc.sql("delete from youth_agency where youth_id = ?").param(youthId).update();
		for (UUID agencyId : agencyIds) {
			jdbc.sql(INSERT_AGENCY).param("youthId", youthId).param("agencyId", agencyId).update();
		}
	}

	/**
	 * Youth whose names or aliases contain every word of the query, best matches first;
	 * or, with a date, youth born that day; or, with no query, the most recently changed.
	 */
	List<YouthSummary> search(String query, LocalDate bornOn, int limit, long offset) {
		if (bornOn != null) {
			return jdbc
				.sql("select " + SUMMARY
						+ " from youth y where y.date_of_birth = ? order by y.last_name, y.first_name limit ? offset ?")
				.params(bornOn, limit, offset)
				.query(YouthRecords::summary)
				.list();
		}
		List<String> words = Arrays.stream(Names.normalize(query).split(" "))
			.filter(w -> !w.isEmpty())
			.limit(5)
			.toList();
		if (words.isEmpty()) {
			return jdbc.sql("select " + SUMMARY + " from youth y order by y.updated_at desc limit ? offset ?")
				.params(limit, offset)
				.query(YouthRecords::summary)
				.list();
		}
		String where = words.stream().map(w -> "y.search_names like ?").collect(Collectors.joining(" and "));
		Object[] params = new Object[words.size() + 3];
		for (int i = 0; i < words.size(); i++) {
			params[i] = "%" + escapeLike(words.get(i)) + "%";
		}
		params[words.size()] = String.join(" ", words);
		params[words.size() + 1] = limit;
		params[words.size() + 2] = offset;
		return jdbc
			.sql("select " + SUMMARY + " from youth y where " + where
					+ " order by word_similarity(?, y.search_names) desc, y.last_name, y.first_name limit ? offset ?")
			.params(params)
			.query(YouthRecords::summary)
			.list();
	}

	/**
	 * Likely duplicates: a name or alias close to one of the probe names, and a date of
	 * birth that is the same, within a month, the same day with the year off by one, or
	 * with day and month swapped. Bounded by date of birth first, so it stays fast in a
	 * large county.
	 */
	List<YouthSummary> likelyDuplicates(List<String> probeNames, LocalDate dateOfBirth, UUID excluding) {
		LocalDate swapped = swapDayAndMonth(dateOfBirth);
		return jdbc.sql("""
				select %s from youth y
				where y.date_of_birth between :dob - 400 and :dob + 400
				  and (abs(y.date_of_birth - :dob) <= 31
				       or (extract(month from y.date_of_birth) = :month and extract(day from y.date_of_birth) = :day)
				       or y.date_of_birth = :swapped)
				  and exists (select 1 from unnest(:probes) p where word_similarity(p, y.search_names) >= 0.6)
				  and (:excluding::uuid is null or y.id <> :excluding)
				order by (y.date_of_birth = :dob) desc,
				         (select max(word_similarity(p, y.search_names)) from unnest(:probes) p) desc
				limit 10""".formatted(SUMMARY))
			.param("dob", dateOfBirth)
			.param("month", dateOfBirth.getMonthValue())
			.param("day", dateOfBirth.getDayOfMonth())
			.param("swapped", swapped)
			.param("probes", probeNames.toArray(String[]::new))
			.param("excluding", excluding)
			.query(YouthRecords::summary)
			.list();
	}

	private static LocalDate swapDayAndMonth(LocalDate date) {
		if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
			return null;
		}
		return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
	}

	private static String escapeLike(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static MapSqlParameterSource parameters(UUID id, YouthForm form, Instant now, UUID by) {
		return new MapSqlParameterSource().addValue("id", id)
			.addValue("firstName", form.getFirstName())
			.addValue("middleName", form.getMiddleName())
			.addValue("lastName", form.getLastName())
			.addValue("preferredName", form.getPreferredName())
			.addValue("aliases", form.getAliases().toArray(String[]::new))
			.addValue("dateOfBirth", form.getDateOfBirth())
			.addValue("jurisdiction", form.getJurisdiction().name())
			.addValue("race", form.getRaceEthnicity().stream().map(Enum::name).sorted().toArray(String[]::new))
			.addValue("genderIdentity", form.getGenderIdentity())
			.addValue("sexualOrientation", form.getSexualOrientation())
			.addValue("pronouns", form.getPronouns())
			.addValue("languages", form.getLanguages().toArray(String[]::new))
			.addValue("safeContactNote", form.getSafeContactNote())
			.addValue("searchNames",
					Names.searchText(form.getFirstName(), form.getMiddleName(), form.getLastName(),
							form.getPreferredName(), form.getAliases()))
			.addValue("now", Timestamp.from(now))
			.addValue("by", by);
	}

	private static Youth map(ResultSet rs, int row) throws SQLException {
		return new Youth(rs.getObject("county_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getString("first_name"), rs.getString("middle_name"), rs.getString("last_name"),
				rs.getString("preferred_name"), strings(rs.getArray("aliases")),
				rs.getObject("date_of_birth", LocalDate.class), Jurisdiction.valueOf(rs.getString("jurisdiction")),
				races(rs.getArray("race_ethnicity")), rs.getString("gender_identity"),
				rs.getString("sexual_orientation"), rs.getString("pronouns"), strings(rs.getArray("languages")),
				rs.getString("safe_contact_note"),
				new HashSet<>(Arrays.asList((UUID[]) rs.getArray("agency_ids").getArray())),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
	}

	private static YouthSummary summary(ResultSet rs, int row) throws SQLException {
		return new YouthSummary(rs.getObject("id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
				rs.getString("preferred_name"), strings(rs.getArray("aliases")),
				rs.getObject("date_of_birth", LocalDate.class), Jurisdiction.valueOf(rs.getString("jurisdiction")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

	private static Set<RaceEthnicity> races(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray())
			.map(RaceEthnicity::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(RaceEthnicity.class)));
	}

}
