package org.tandem.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.Texts;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.county.Role;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;

/**
 * Break-glass: a person the rules otherwise deny opens a youth's record in an emergency
 * by stating why. The access lasts a few hours ({@code tandem.sharing.break-glass-hours},
 * default 4), opens only the categories the rules let an emergency open, never a
 * prohibited purpose, is flagged in the audit log and waits for a supervisor of the
 * person's agency (or a county administrator) to review.
 */
@Service
@Transactional
public class BreakGlassGrants {

	public static final String GRANTED = "BREAK_GLASS", USED = "BREAK_GLASS_USED", REVIEWED = "BREAK_GLASS_REVIEWED";

	static final int MIN_REASON = 10, MAX_TEXT = 2000;

	private static final String SELECT = """
			select b.id, b.user_id, u.username, b.agency_id, a.name as agency_name, b.youth_id, b.reason, b.started_at,
			       b.expires_at, b.reviewed_by, b.reviewed_at, b.review_outcome, b.review_note
			from break_glass b
			left join person_directory u on u.id = b.user_id
			left join agency_directory a on a.id = b.agency_id
			""";

	private final JdbcClient jdbc;

	private final YouthRows youth;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration lasts;

	BreakGlassGrants(JdbcClient jdbc, YouthRows youth, Counties counties, AuditLog audit, Clock clock,
			@Value("${tandem.sharing.break-glass-hours:4}") long hours) {
		this.jdbc = jdbc;
		this.youth = youth;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
		this.lasts = Duration.ofHours(Math.max(1, hours));
	}

	/** Opens emergency access to the youth's record for the configured hours. */
	public BreakGlass open(UUID youthId, String reason) {
		return open(youthId, reason, lasts);
	}

	/**
	 * Opens emergency access for a given time (tests use a short one instead of moving
	 * the clock).
	 */
	BreakGlass open(UUID youthId, String reason, Duration duration) {
		CountyMember me = Tenancy.currentMember()
			.orElseThrow(() -> new TandemException(ErrorCode.BREAK_GLASS_NOT_FOR_ROLE));
		youth.requireExists(youthId);
		if (!me.roleNames().isEmpty() && me.roleNames().stream().allMatch(Role.ANALYST.name()::equals)) {
			throw new TandemException(ErrorCode.BREAK_GLASS_NOT_FOR_ROLE);
		}
		String why = reason == null ? "" : reason.strip();
		if (why.length() < MIN_REASON) {
			throw TandemException.onField(ErrorCode.BREAK_GLASS_REASON_TOO_SHORT, "reason", MIN_REASON);
		}
		Inputs.text(why, "reason", MAX_TEXT);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		Instant expires = now.plus(duration);
		jdbc.sql("""
				insert into break_glass (county_id, id, user_id, agency_id, youth_id, reason, started_at, expires_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, me.userId(), me.agencyId(), youthId, why, Timestamp.from(now), Timestamp.from(expires))
			.update();
		audit.record(GRANTED, youthId, Purpose.current(), "flagged: emergency access until " + expires);
		return get(id);
	}

	/**
	 * Grants to review: a supervisor sees those of people in their own agency, a county
	 * administrator every one; {@code unreviewed} keeps only those not yet reviewed.
	 */
	@Transactional(readOnly = true)
	public List<BreakGlass> list(boolean unreviewed) {
		CountyMember me = reviewer();
		boolean admin = me.roleNames().contains(Role.COUNTY_ADMIN.name());
		ZoneId zone = counties.currentZone();
		return jdbc.sql(SELECT + """
				where (:admin or b.agency_id = :agency) and (not :unreviewed or b.reviewed_at is null)
				order by b.started_at desc limit 500""")
			.param("admin", admin)
			.param("agency", me.agencyId())
			.param("unreviewed", unreviewed)
			.query((rs, n) -> map(rs, zone))
			.list();
	}

	public BreakGlass review(UUID id, String outcomeName, String note) {
		CountyMember me = reviewer();
		BreakGlass grant = find(id);
		if (!me.roleNames().contains(Role.COUNTY_ADMIN.name()) && !me.agencyId().equals(grant.agencyId())) {
			throw new TandemException(ErrorCode.MAY_NOT_REVIEW_BREAK_GLASS);
		}
		if (me.userId().equals(grant.userId())) {
			throw new TandemException(ErrorCode.BREAK_GLASS_OWN_REVIEW);
		}
		if (grant.reviewedAt() != null) {
			throw new TandemException(ErrorCode.BREAK_GLASS_ALREADY_REVIEWED);
		}
		BreakGlass.Outcome outcome = Inputs.choice(BreakGlass.Outcome.class, outcomeName, "outcome");
		if (outcome == null) {
			throw Inputs.notOneOf("outcome", Inputs.allowed(BreakGlass.Outcome.class));
		}
		String text = Inputs.text(note, "note", MAX_TEXT);
		int updated = jdbc.sql("""
				update break_glass set reviewed_by = ?, reviewed_at = ?, review_outcome = ?, review_note = ?
				where id = ? and reviewed_at is null""")
			.params(me.userId(), Timestamp.from(clock.instant()), outcome.name(), text, id)
			.update();
		if (updated == 0) {
			throw new TandemException(ErrorCode.BREAK_GLASS_ALREADY_REVIEWED);
		}
		audit.record(REVIEWED, grant.youthId(), Purpose.ADMINISTRATION, outcome.name());
		return get(id);
	}

	private BreakGlass get(UUID id) {
		return find(id);
	}

	private BreakGlass find(UUID id) {
		ZoneId zone = counties.currentZone();
		return jdbc.sql(SELECT + " where b.id = ?")
			.param(id)
			.query((rs, n) -> map(rs, zone))
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.BREAK_GLASS_NOT_FOUND));
	}

	private static CountyMember reviewer() {
		CountyMember me = Tenancy.currentMember()
			.orElseThrow(() -> new TandemException(ErrorCode.MAY_NOT_REVIEW_BREAK_GLASS));
		if (!me.roleNames().contains(Role.SUPERVISOR.name()) && !me.roleNames().contains(Role.COUNTY_ADMIN.name())) {
			throw new TandemException(ErrorCode.MAY_NOT_REVIEW_BREAK_GLASS);
		}
		return me;
	}

	private static BreakGlass map(ResultSet rs, ZoneId zone) throws SQLException {
		String outcome = rs.getString("review_outcome");
		return new BreakGlass(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("username"), rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
				rs.getObject("youth_id", UUID.class), rs.getString("reason"),
				Teams.at(rs.getTimestamp("started_at"), zone), Teams.at(rs.getTimestamp("expires_at"), zone),
				rs.getObject("reviewed_by", UUID.class), Teams.at(rs.getTimestamp("reviewed_at"), zone),
				outcome == null ? null : BreakGlass.Outcome.valueOf(outcome), rs.getString("review_note"));
	}

}
