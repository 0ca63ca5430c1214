package org.tandem.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.instrument.Text;
import org.tandem.platform.AgencyId;
import org.tandem.platform.UserId;
import org.tandem.platform.YouthId;
import org.tandem.sharing.Category;

/** The stored versions of service plans and their needs, whole. */
@Component
class ServicePlanRows {

	/** A need as stored. */
	record Stored(String code, Category category, String goal, NeedPriority priority, UUID responsibleAgency,
			String responsiblePerson, NeedStatus status, String suggestedBy) {
	}

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final UserAccounts users;

	ServicePlanRows(JdbcClient jdbc, Agencies agencies, UserAccounts users) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.users = users;
	}

	void insertNeeds(UUID youthId, int version, List<Stored> needs) {
		for (int position = 0; position < needs.size(); position++) {
			Stored need = needs.get(position);
			jdbc.sql("""
					insert into service_plan_need (county_id, youth_id, version, position, code, category, goal,
					    priority, responsible_agency, responsible_person, status, suggested_by)
					values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(youthId, version, position, need.code(), need.category().name(), need.goal(),
						need.priority() == null ? null : need.priority().name(), need.responsibleAgency(),
						need.responsiblePerson(), need.status().name(), need.suggestedBy())
				.update();
		}
	}

	List<Stored> stored(UUID youthId, int version) {
		return jdbc.sql("""
				select * from service_plan_need where youth_id = ? and version = ? order by position""")
			.params(youthId, version)
			.query((rs, n) -> stored(rs))
			.list();
	}

	/**
	 * The version whole, titles from {@code taxonomy} (or the code, for a need it no
	 * longer has).
	 */
	Optional<ServicePlan> read(UUID youthId, int version, ZoneId zone, HolisticNeeds taxonomy) {
		Map<UUID, String> agencyNames = new HashMap<>();
		List<ServicePlan.Need> needs = stored(youthId, version).stream()
			.map(need -> new ServicePlan.Need(need.code(),
					taxonomy.need(need.code())
						.map(HolisticNeeds.Need::title)
						.orElse(new Text(need.code(), need.code())),
					need.category(), need.goal(), need.priority(), AgencyId.of(need.responsibleAgency()),
					need.responsibleAgency() == null ? null
							: agencyNames.computeIfAbsent(need.responsibleAgency(),
									id -> agencies.findById(AgencyId.of(id)).map(Agency::name).orElse(null)),
					need.responsiblePerson(), need.status(), need.suggestedBy()))
			.toList();
		return jdbc.sql("select * from service_plan where youth_id = ? and version = ?")
			.params(youthId, version)
			.query((rs, n) -> plan(rs, zone, needs))
			.optional();
	}

	private ServicePlan plan(ResultSet rs, ZoneId zone, List<ServicePlan.Need> needs) throws SQLException {
		UUID createdBy = rs.getObject("created_by", UUID.class);
		UUID agency = rs.getObject("created_agency", UUID.class);
		return new ServicePlan(new YouthId(rs.getObject("youth_id", UUID.class)), rs.getInt("version"),
				rs.getBoolean("youth_participated"), rs.getString("taxonomy_id"), rs.getInt("taxonomy_version"), needs,
				UserId.of(createdBy),
				createdBy == null ? null
						: users.findById(UserId.of(createdBy)).map(UserAccount::displayName).orElse(null),
				agency == null ? null : agencies.findById(AgencyId.of(agency)).map(Agency::name).orElse(null),
				rs.getTimestamp("created_at").toInstant().atZone(zone).toOffsetDateTime());
	}

	private static Stored stored(ResultSet rs) throws SQLException {
		String priority = rs.getString("priority");
		return new Stored(rs.getString("code"), Category.valueOf(rs.getString("category")), rs.getString("goal"),
				priority == null ? null : NeedPriority.valueOf(priority),
				rs.getObject("responsible_agency", UUID.class), rs.getString("responsible_person"),
				NeedStatus.valueOf(rs.getString("status")), rs.getString("suggested_by"));
	}

}
