package org.tandem.service;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.CountyId;
import org.tandem.service.Provider.Capacity;
import org.tandem.service.Provider.ClientsServed;
import org.tandem.service.Provider.IntakeContact;
import org.tandem.service.Provider.Location;
import org.tandem.service.Provider.PlacementFactors;
import org.tandem.service.Provider.Program;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory's entries in PostgreSQL. Row-level security decides what a county sees
 * (its own entries and those that serve it) and changes (its own): this SQL never filters
 * by county itself.
 */
@Repository
class Providers {

	private static final String COLUMNS = """
			county_id, id, version, name, provider_type, intake_name, intake_email, intake_phone, address, city,
			confidential, counties_served, programs, systems, age_min, age_max, genders, languages, security_measures,
			staff_training, funding_limitations, strengths, barriers, capacity_total, capacity_available,
			capacity_waitlist, capacity_updated_on, placement_factors""";

	/** The columns a change writes, in the order of {@link #VALUES}. */
	private static final String WRITTEN = """
			name, provider_type, intake_name, intake_email, intake_phone, address, city, confidential,
			counties_served, programs, program_needs, systems, age_min, age_max, genders, languages,
			security_measures, staff_training, funding_limitations, strengths, barriers, capacity_total,
			capacity_available, capacity_waitlist, capacity_updated_on, placement_factors""";

	private static final String VALUES = """
			:name, :type, :intakeName, :intakeEmail, :intakePhone, :address, :city, :confidential, :counties,
			:programs::jsonb, :needs, :systems, :ageMin, :ageMax, :genders, :languages, :security, :training,
			:funding, :strengths, :barriers, :total, :available, :waitlist, :updatedOn, :factors::jsonb""";

	private static final TypeReference<List<Program>> PROGRAMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Providers(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Provider p, UUID by, Instant at) {
		params(jdbc.sql("insert into provider (county_id, id, version, created_by, updated_by, updated_at, " + WRITTEN
				+ ") values (:county, :id, 1, :by, :by, :at, " + VALUES + ")"), p)
			.param("county", p.countyId().value())
			.param("id", p.id().value())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Changes the entry if it is still at {@code version}; false when it is not. */
	boolean update(Provider p, int version, UUID by, Instant at) {
		return params(jdbc.sql("""
				update provider set version = version + 1, updated_by = :by, updated_at = :at, (%s) = (%s)
				where id = :id and version = :version""".formatted(WRITTEN, VALUES)), p).param("id", p.id().value())
			.param("version", version)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	private JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Provider p) {
		return sql.param("name", p.name())
			.param("type", p.type().name())
			.param("intakeName", p.intakeContact().name())
			.param("intakeEmail", p.intakeContact().email())
			.param("intakePhone", p.intakeContact().phone())
			.param("address", p.location().address())
			.param("city", p.location().city())
			.param("confidential", p.location().confidential())
			.param("counties", p.countiesServed().stream().map(CountyId::value).toArray(UUID[]::new))
			.param("programs", json.writeValueAsString(p.programs()))
			.param("needs", p.programs().stream().flatMap(g -> g.needs().stream()).distinct().toArray(String[]::new))
			.param("systems", p.clientsServed().systems().stream().map(Enum::name).toArray(String[]::new))
			.param("ageMin", p.clientsServed().ageMin())
			.param("ageMax", p.clientsServed().ageMax())
			.param("genders", p.clientsServed().genders().stream().map(Enum::name).toArray(String[]::new))
			.param("languages", p.languages().toArray(String[]::new))
			.param("security", p.securityMeasures())
			.param("training", p.staffTraining())
			.param("funding", p.fundingLimitations())
			.param("strengths", p.strengths())
			.param("barriers", p.barriers())
			.param("total", p.capacity().total())
			.param("available", p.capacity().available())
			.param("waitlist", p.capacity().waitlist())
			.param("updatedOn", p.capacity().updatedOn() == null ? null : Date.valueOf(p.capacity().updatedOn()))
			.param("factors", p.placementFactors() == null ? null : json.writeValueAsString(p.placementFactors()));
	}

	Optional<Provider> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from provider where id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	/** One page of the entries that match, by name. */
	List<Provider> search(DirectorySearch s, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from provider p
				where (cast(:need as text) is null or cast(:need as text) = any (p.program_needs))
				  and (cast(:age as integer) is null or ((p.age_min is null or p.age_min <= cast(:age as integer))
				       and (p.age_max is null or p.age_max >= cast(:age as integer))))
				  and (cast(:gender as text) is null or cast(:gender as text) = any (p.genders))
				  and (cast(:system as text) is null or cast(:system as text) = any (p.systems))
				  and (cast(:county as uuid) is null or cast(:county as uuid) = any (p.counties_served))
				  and (cast(:language as text) is null
				       or exists (select 1 from unnest(p.languages) l where lower(l) = lower(cast(:language as text))))
				  and (not :hasCapacity or p.capacity_available > 0)
				order by lower(p.name), p.id
				offset :offset limit :limit""")
			.param("need", s.need())
			.param("age", s.age())
			.param("gender", s.gender() == null ? null : s.gender().name())
			.param("system", s.system() == null ? null : s.system().name())
			.param("county", s.county() == null ? null : s.county().value())
			.param("language", s.language())
			.param("hasCapacity", s.hasCapacity())
			.param("offset", offset)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	private Provider map(ResultSet rs, int row) throws SQLException {
		Date updatedOn = rs.getDate("capacity_updated_on");
		String factors = rs.getString("placement_factors");
		return new Provider(new ProviderId(rs.getObject("id", UUID.class)),
				new CountyId(rs.getObject("county_id", UUID.class)), rs.getInt("version"), rs.getString("name"),
				new IntakeContact(rs.getString("intake_name"), rs.getString("intake_email"),
						rs.getString("intake_phone")),
				new Location(rs.getString("address"), rs.getString("city"), rs.getBoolean("confidential"), false),
				Arrays.stream((UUID[]) array(rs.getArray("counties_served"))).map(CountyId::new).toList(),
				ProviderType.valueOf(rs.getString("provider_type")), json.readValue(rs.getString("programs"), PROGRAMS),
				new ClientsServed(enums(ProviderSystem.class, rs.getArray("systems")), integer(rs, "age_min"),
						integer(rs, "age_max"), enums(ProviderGender.class, rs.getArray("genders"))),
				rs.getString("security_measures"), rs.getString("staff_training"), rs.getString("funding_limitations"),
				rs.getString("strengths"), rs.getString("barriers"),
				List.of((String[]) array(rs.getArray("languages"))),
				new Capacity(integer(rs, "capacity_total"), integer(rs, "capacity_available"),
						integer(rs, "capacity_waitlist"), updatedOn == null ? null : updatedOn.toLocalDate()),
				factors == null ? null : json.readValue(factors, PlacementFactors.class), false);
	}

	private static Object[] array(Array array) throws SQLException {
		return (Object[]) array.getArray();
	}

	private static <E extends Enum<E>> List<E> enums(Class<E> type, Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(v -> Enum.valueOf(type, v)).toList();
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
