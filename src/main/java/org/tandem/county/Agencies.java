package org.tandem.county;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.AgencyId;

/** The agencies of the current county (row-level security scopes every query). */
@Repository
@Transactional(readOnly = true)
public class Agencies {

	private static final String COLUMNS = "county_id, id, name, agency_type, active";

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Agency> findAll() {
		return jdbc.sql("select " + COLUMNS + " from agency order by name").query(Agencies::map).list();
	}

	public List<Agency> findActive() {
		return jdbc.sql("select " + COLUMNS + " from agency where active order by name").query(Agencies::map).list();
	}

	public Optional<Agency> findById(AgencyId id) {
		return jdbc.sql("select " + COLUMNS + " from agency where id = ?")
			.param(id.value())
			.query(Agencies::map)
			.optional();
	}

	public Agency get(AgencyId id) {
		return findById(id).orElseThrow(() -> TandemException.onField(ErrorCode.AGENCY_NOT_FOUND, "agencyId"));
	}

	@Transactional
	public Agency save(Agency agency) {
		try {
			jdbc.sql("""
					insert into agency (county_id, id, name, agency_type, active) values (current_county(), ?, ?, ?, ?)
					on conflict (county_id, id) do update set name = excluded.name, agency_type = excluded.agency_type,
					    active = excluded.active""")
				.params(agency.id(), agency.name().strip(), agency.type().name(), agency.active())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw TandemException.onField(ErrorCode.AGENCY_NAME_TAKEN, "name", agency.name().strip());
		}
		return get(AgencyId.of(agency.id()));
	}

	private static Agency map(ResultSet rs, int row) throws SQLException {
		return new Agency(rs.getObject("county_id", UUID.class), rs.getObject("id", UUID.class), rs.getString("name"),
				AgencyType.valueOf(rs.getString("agency_type")), rs.getBoolean("active"));
	}

}
