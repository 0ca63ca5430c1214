package org.tandem.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.platform.YouthId;
import org.tandem.platform.AgencyId;

/**
 * Who is on a youth's team: agencies join through a response, an MDT meeting, a task, a
 * case, the youth's consent or by hand, one membership row per source. An agency stays
 * while any source holds it: a source that is cancelled, closed or reassigned ends only
 * its own rows ({@link #endSource}); a supervisor taking the agency off the team ends
 * them all, with a reason. The rules' "onTeam" conditions read this, with the youth's
 * open cases.
 */
@Service
@Transactional
public class Teams {

	/**
	 * How an agency came onto the team (in this order when two joined at the same
	 * moment).
	 */
	public enum Source {

		RESPONSE, MDT, TASK, CASE, CONSENT, MANUAL

	}

	/**
	 * Why a source stopped holding its agencies on the team (kept as the membership's
	 * leave reason).
	 */
	public enum SourceEnd {

		MEETING_CANCELLED, RESPONSE_CLOSED, TASK_CLOSED, TASK_REASSIGNED, CONSENT_REVOKED

	}

	public static final String JOINED = "TEAM_JOINED", LEFT = "TEAM_LEFT", VIEWED = "TEAM_VIEWED";

	private static final String NO_SOURCE = "'00000000-0000-0000-0000-000000000000'::uuid";

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

	/**
	 * Puts the agency on the youth's team through this source; already held by it,
	 * nothing changes.
	 */
	public void join(YouthId youthOf, AgencyId agency, Source source, UUID sourceId) {
		UUID youthId = youthOf.value(), agencyId = agency == null ? null : agency.value();
		youth.requireExists(youthId);
		agency(agencyId);
		boolean wasOn = youth.onTeam(youthId, agencyId);
		int added = jdbc.sql("""
				insert into team_member (county_id, id, youth_id, agency_id, source, source_id, joined_at, joined_by)
				values (current_county(), :id, :youth, :agency, :source, :sourceId, :at, :by)
				on conflict (county_id, youth_id, agency_id, source, coalesce(source_id, %s)) where left_at is null
				do nothing""".formatted(NO_SOURCE))
			.param("id", UUID.randomUUID())
			.param("youth", youthId)
			.param("agency", agencyId)
			.param("source", (source == null ? Source.MANUAL : source).name())
			.param("sourceId", sourceId)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", Tenancy.currentMember().map(CountyMember::userId).orElse(null))
			.update();
		if (added > 0 && !wasOn) {
			audit.record(JOINED, youthId, Purpose.current(),
					agencyId + " " + (source == null ? Source.MANUAL : source));
		}
	}

	/**
	 * The source (a meeting, a response, a task, a consent) was cancelled, closed or
	 * reassigned: the memberships it alone held end at once; an agency another source
	 * still holds (an open case, a second meeting) stays on the team.
	 */
	public void endSource(UUID sourceId, SourceEnd why) {
		endSource(sourceId, null, why);
	}

	/**
	 * As {@link #endSource(UUID, SourceEnd)}, for one agency only (a task given to
	 * another agency).
	 */
	public void endSource(UUID sourceId, AgencyId agency, SourceEnd why) {
		UUID agencyId = agency == null ? null : agency.value();
		if (sourceId == null) {
			return;
		}
		record Ended(UUID youthId, UUID agencyId) {
		}
		List<Ended> ended = jdbc.sql("""
				update team_member set left_at = :at, left_by = :by, leave_reason = :why, source_ended = true
				where source_id = :source and left_at is null and (cast(:agency as uuid) is null or agency_id = :agency)
				returning youth_id, agency_id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("by", Tenancy.currentMember().map(CountyMember::userId).orElse(null))
			.param("why", why.name())
			.param("source", sourceId)
			.param("agency", agencyId)
			.query((rs, n) -> new Ended(rs.getObject("youth_id", UUID.class), rs.getObject("agency_id", UUID.class)))
			.list();
		for (Ended member : ended.stream().distinct().toList()) {
			if (!youth.onTeam(member.youthId(), member.agencyId())) {
				audit.record(LEFT, member.youthId(), Purpose.current(), member.agencyId() + " " + why);
			}
		}
	}

	/**
	 * Takes the agency off the team: its people lose what the team alone allowed, at
	 * once.
	 */
	public void leave(YouthId youthOf, AgencyId agency, String reason) {
		UUID youthId = youthOf.value(), agencyId = agency == null ? null : agency.value();
		youth.requireExists(youthId);
		String why = Inputs.reason(reason, "reason", MAX_REASON);
		if (!isOnTeam(youthOf, agency)) {
			throw TandemException.onField(ErrorCode.NOT_ON_TEAM, "agencyId");
		}
		Timestamp now = Timestamp.from(clock.instant());
		UUID by = Tenancy.currentMember().map(CountyMember::userId).orElse(null);
		int ended = jdbc.sql("""
				update team_member set left_at = ?, left_by = ?, leave_reason = ?
				where youth_id = ? and agency_id = ? and left_at is null""")
			.params(now, by, why, youthId, agencyId)
			.update();
		if (ended == 0) {
			// on the team through an open case only: record the leaving, which outweighs
			// the case
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
	public boolean isOnTeam(YouthId youthId, AgencyId agencyId) {
		return youthId != null && agencyId != null && youth.onTeam(youthId.value(), agencyId.value());
	}

	/**
	 * The team now and before: one entry per agency on the team (the source it joined by
	 * first, with every source that holds it), then the memberships that ended, newest
	 * first; an open case without a membership row is listed as such.
	 */
	public List<TeamMember> team(YouthId youthOf) {
		UUID youthId = youthOf.value();
		youth.requireExists(youthId);
		ZoneId zone = counties.currentZone();
		List<TeamMember> rows = jdbc
			.sql("""
					select t.id, t.youth_id, t.agency_id, a.name, a.agency_type, t.source, t.source_id, t.joined_at, t.left_at,
					       t.leave_reason, t.source_ended
					from team_member t join agency_directory a on a.id = t.agency_id
					where t.youth_id = ? order by t.left_at is null desc, t.joined_at, t.left_at desc""")
			.param(youthId)
			.query((rs, n) -> map(rs, zone))
			.list();
		Map<UUID, TeamMember> current = new LinkedHashMap<>();
		List<TeamMember> past = new ArrayList<>();
		for (TeamMember row : rows) {
			if (!row.current()) {
				past.add(row);
				continue;
			}
			TeamMember first = current.get(row.agencyId());
			if (first == null || row.joinedAt().isBefore(first.joinedAt())
					|| (row.joinedAt().isEqual(first.joinedAt()) && row.source().compareTo(first.source()) < 0)) {
				current.put(row.agencyId(), row.withSources(first == null ? List.of() : first.sources()));
			}
			else {
				current.put(row.agencyId(), first.withSources(row.sources()));
			}
		}
		List<TeamMember> members = new ArrayList<>(current.values());
		members.sort(Comparator.comparing(TeamMember::joinedAt).reversed());
		past.sort(Comparator.comparing(TeamMember::leftAt).reversed());
		members.addAll(past);
		for (UUID agencyId : youth.openCaseAgencies(youthId)) {
			// on the team by its case alone (a meeting that also held it may have ended),
			// unless taken off
			if (!current.containsKey(agencyId) && youth.onTeam(youthId, agencyId)) {
				Agency agency = agency(agencyId);
				members.add(new TeamMember(null, youthId, agencyId, agency.name(), agency.type().name(), Source.CASE,
						null, null, null, null, true, List.of(new TeamMember.Held(Source.CASE, null, null)), false));
			}
		}
		audit.record(VIEWED, youthId, Purpose.current(), null);
		return members;
	}

	private Agency agency(UUID agencyId) {
		if (agencyId == null) {
			throw TandemException.onField(ErrorCode.CONSENT_RECIPIENT_UNKNOWN, "agencyId");
		}
		return agencies.findById(AgencyId.of(agencyId))
			.orElseThrow(() -> TandemException.onField(ErrorCode.CONSENT_RECIPIENT_UNKNOWN, "agencyId"));
	}

	private static TeamMember map(ResultSet rs, ZoneId zone) throws SQLException {
		Timestamp left = rs.getTimestamp("left_at");
		Source source = Source.valueOf(rs.getString("source"));
		UUID sourceId = rs.getObject("source_id", UUID.class);
		OffsetDateTime joined = at(rs.getTimestamp("joined_at"), zone);
		return new TeamMember(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				rs.getObject("agency_id", UUID.class), rs.getString("name"), rs.getString("agency_type"), source,
				sourceId, joined, at(left, zone), rs.getString("leave_reason"), left == null,
				List.of(new TeamMember.Held(source, sourceId, joined)), rs.getBoolean("source_ended"));
	}

	static OffsetDateTime at(Timestamp timestamp, ZoneId zone) {
		return timestamp == null ? null : timestamp.toInstant().atZone(zone).toOffsetDateTime();
	}

}
