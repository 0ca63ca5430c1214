package org.tandem.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.Counties;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;

/**
 * Who is on a youth's team: agencies join through a response, the MDT, a case or by hand, and
 * leave with a reason. The rules' "onTeam" conditions read this, with the youth's open cases.
 */
@Service
@Transactional
public class Teams {

	/** How an agency came onto the team. */
	public enum Source {
		RESPONSE, MDT, CASE, MANUAL
	}

	public static final String JOINED = "TEAM_JOINED", LEFT = "TEAM_LEFT", VIEWED = "TEAM_VIEWED";

	static final int MAX_REASON = 1000;

	private final JdbcClient jdbc;
	private final YouthRows youth;
	private final Agencies agencies;
	private final Counties counties;
	private final AuditLog audit;
	private final Clock clock;

	Teams(JdbcClient jdbc, YouthRows youth, Agencies agencies, Counties counties, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.youth = youth;
		this.agencies = agencies;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
	}

	/** Puts the agency on the youth's team; already there, nothing changes. */
	public void join(UUID youthId, UUID agencyId, Source source, UUID sourceId) {
		youth.requireExists(youthId);
		agency(agencyId);
		int added = jdbc.sql("""
				insert into team_member (county_id, id, youth_id, agency_id, source, source_id, joined_at, joined_by)
				values (current_county(), :id, :youth, :agency, :source, :sourceId, :at, :by)
				on conflict (county_id, youth_id, agency_id) where left_at is null do nothing""")
			.param("id", UUID.randomUUID())
			.param("youth", youthId)
			.param("agency", agencyId)
			.param("source", (source == null ? Source.MANUAL : source).name())
			.param("sourceId", sourceId)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", Tenancy.currentMember().map(CountyMember::userId).orElse(null))
			.update();
		if (added > 0) {
			audit.record(JOINED, youthId, Purpose.current(), agencyId + " " + (source == null ? Source.MANUAL : source));
		}
	}

	/** Takes the agency off the team: its people lose what the team alone allowed, at once. */
	public void leave(UUID youthId, UUID agencyId, String reason) {
		youth.requireExists(youthId);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw TandemException.onField(ErrorCode.T4112, "reason");
		}
		if (why.length() > MAX_REASON) {
			throw TandemException.onField(ErrorCode.T4126, "reason", MAX_REASON);
		}
		if (!isOnTeam(youthId, agencyId)) {
			throw TandemException.onField(ErrorCode.T4118, "agencyId");
		}
		Timestamp now = Timestamp.from(clock.instant());
		UUID by = Tenancy.currentMember().map(CountyMember::userId).orElse(null);
		int ended = jdbc.sql("""
				update team_member set left_at = ?, left_by = ?, leave_reason = ?
				where youth_id = ? and agency_id = ? and left_at is null""")
			.params(now, by, why, youthId, agencyId)
			.update();
		if (ended == 0) {
			// on the team through an open case only: record the leaving, which outweighs the case
			jdbc.sql("""
					insert into team_member (county_id, id, youth_id, agency_id, source, joined_at, joined_by, left_at,
					    left_by, leave_reason)
					values (current_county(), ?, ?, ?, 'CASE', ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), youthId, agencyId, now, by, now, by, why)
				.update();
		}
		audit.record(LEFT, youthId, Purpose.current(), agencyId.toString());
	}

	@Transactional(readOnly = true)
	public boolean isOnTeam(UUID youthId, UUID agencyId) {
		return youthId != null && agencyId != null && youth.onTeam(youthId, agencyId);
	}

	/** The team now and before: memberships, newest first, and open cases without a membership. */
	public List<TeamMember> team(UUID youthId) {
		youth.requireExists(youthId);
		ZoneId zone = counties.currentZone();
		List<TeamMember> members = new ArrayList<>(jdbc.sql("""
				select t.id, t.youth_id, t.agency_id, a.name, a.agency_type, t.source, t.source_id, t.joined_at, t.left_at,
				       t.leave_reason
				from team_member t join agency_directory a on a.id = t.agency_id
				where t.youth_id = ? order by t.left_at is null desc, t.joined_at desc""")
			.param(youthId)
			.query((rs, n) -> map(rs, zone))
			.list());
		for (UUID agencyId : youth.openCaseAgencies(youthId)) {
			if (members.stream().noneMatch(member -> member.agencyId().equals(agencyId))) {
				Agency agency = agency(agencyId);
				members.add(new TeamMember(null, youthId, agencyId, agency.name(), agency.type().name(), Source.CASE, null,
						null, null, null, true));
			}
		}
		audit.record(VIEWED, youthId, Purpose.current(), null);
		return members;
	}

	private Agency agency(UUID agencyId) {
		if (agencyId == null) {
			throw TandemException.onField(ErrorCode.T4127, "agencyId");
		}
		return agencies.findById(agencyId).orElseThrow(() -> TandemException.onField(ErrorCode.T4127, "agencyId"));
	}

	private static TeamMember map(ResultSet rs, ZoneId zone) throws SQLException {
		Timestamp left = rs.getTimestamp("left_at");
		return new TeamMember(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				rs.getObject("agency_id", UUID.class), rs.getString("name"), rs.getString("agency_type"),
				Source.valueOf(rs.getString("source")), rs.getObject("source_id", UUID.class),
				at(rs.getTimestamp("joined_at"), zone), at(left, zone), rs.getString("leave_reason"), left == null);
	}

	static OffsetDateTime at(Timestamp timestamp, ZoneId zone) {
		return timestamp == null ? null : timestamp.toInstant().atZone(zone).toOffsetDateTime();
	}
}
