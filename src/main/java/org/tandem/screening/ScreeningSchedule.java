package org.tandem.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.sharing.Category;
import org.tandem.sharing.Denials;
import org.tandem.sharing.Disclosures;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Tenancy;
import org.tandem.youth.YouthRegistry;
import org.tandem.platform.YouthId;

/**
 * Who is due for screening: every youth aged 10 and older not screened within 30 days of
 * registration, everyone 6 months after their last screening, and anyone after a trigger
 * (sooner, by the trigger's clock). Younger youth appear only through a trigger (high
 * risk). Computed in one query from recorded times, never stored, so it is always
 * current.
 */
@Service
@Transactional
public class ScreeningSchedule {

	/**
	 * Worklist scopes: the user's agency, the whole county, or youth the user has
	 * screened.
	 */
	public enum Scope {

		AGENCY, COUNTY, MINE

	}

	@ConfigurationProperties("tandem.screening")
	public record Rules(Duration intakeWithin, int rescreenAfterMonths, int minimumAge, Duration dueSoonWindow,
			Map<ScreeningTriggerReason, Duration> triggers) {
	}

	public static final String TRIGGERED = "SCREENING_TRIGGER_RECORDED";

	private final JdbcClient jdbc;

	private final Rules rules;

	private final YouthRegistry youth;

	private final AuditLog audit;

	private final Clock clock;

	private final Disclosures disclosures;

	private final Denials denials;

	private final Counties counties;

	ScreeningSchedule(JdbcClient jdbc, Rules rules, YouthRegistry youth, AuditLog audit, Clock clock,
			Disclosures disclosures, Denials denials, Counties counties) {
		this.counties = counties;
		this.disclosures = disclosures;
		this.denials = denials;
		this.jdbc = jdbc;
		this.rules = rules;
		this.youth = youth;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records an event that makes the youth due sooner; returns when the screening is
	 * due.
	 */
	public Instant trigger(YouthId youthId, ScreeningTriggerReason reason, String note, Instant occurredAt) {
		youth.requireExists(youthId.value());
		Instant at = occurredAt == null ? clock.instant() : occurredAt;
		Instant due = at.plus(rules.triggers().getOrDefault(reason, Duration.ofDays(7)));
		int recorded = jdbc.sql("""
				insert into screening_trigger (county_id, id, youth_id, reason, note, occurred_at, due_at, recorded_by,
				    recorded_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (county_id, youth_id, reason, occurred_at) do nothing""")
			.params(UUID.randomUUID(), youthId.value(), reason.name(), note, Timestamp.from(at), Timestamp.from(due),
					Tenancy.currentMember().map(CountyMember::userId).orElse(null), Timestamp.from(clock.instant()))
			.update();
		if (recorded == 1) {
			audit.record(TRIGGERED, youthId.value(), Purpose.IDENTIFICATION, reason.name());
		}
		return due;
	}

	/**
	 * Youth due now or within the coming window, soonest first; each listed youth is
	 * audited.
	 */
	public List<DueScreening> due(Scope scope, int limit) {
		Purpose purpose = Purpose.current();
		denials.eligible(Category.IDENTITY, purpose).orThrow();
		List<DueScreening> due = query(scope, null, clock.instant().plus(rules.dueSoonWindow()), limit);
		audit.recordAll(YouthRegistry.LISTED, due.stream().map(DueScreening::youthId).toList(), Purpose.IDENTIFICATION,
				"screening worklist");
		return due;
	}

	/**
	 * When this youth's next screening is due, however far ahead (empty: not on the
	 * schedule, for example younger than the minimum age), for the summary of the record;
	 * the same visibility as the worklist.
	 */
	public java.util.Optional<DueScreening> nextFor(YouthId youthId) {
		youth.requireExists(youthId.value());
		return query(Scope.COUNTY, youthId.value(), clock.instant().plus(Duration.ofDays(3660)), 1).stream()
			.findFirst();
	}

	private List<DueScreening> query(Scope scope, UUID youthId, Instant horizon, int limit) {
		CountyMember me = Tenancy.currentMember().orElseThrow();
		Purpose purpose = Purpose.current();
		Instant now = clock.instant();
		return jdbc
			.sql("""
					with last as (
					    select distinct on (s.youth_id) s.youth_id, s.screened_on, s.level, s.rescreen_by
					    from screening s where s.status = 'SUBMITTED'
					    order by s.youth_id, s.screened_on desc, s.submitted_at desc),
					open_trigger as (
					    -- a trigger stays open until a screening submitted after the event and taken on or after its
					    -- day; amendments of earlier screenings do not count
					    select distinct on (t.youth_id) t.youth_id, t.reason, t.due_at
					    from screening_trigger t
					    where not exists (
					        select 1 from screening s
					        where s.youth_id = t.youth_id and s.status = 'SUBMITTED' and s.amends_id is null
					          and s.submitted_at > t.occurred_at
					          and s.screened_on >= (t.occurred_at at time zone :zone)::date)
					    order by t.youth_id, t.due_at),
					scheduled as (
					    -- the universal schedule applies from the minimum age; younger youth only by a trigger
					    select y.id, y.first_name, y.last_name, y.date_of_birth, l.screened_on, l.level,
					           case when y.date_of_birth > current_date - make_interval(years => :minimumAge) then null
					                when l.screened_on is null then y.created_at + :intake
					                else coalesce(l.rescreen_by, l.screened_on + make_interval(months => :months))::timestamptz
					           end as scheduled_at,
					           t.reason as trigger_reason, t.due_at as trigger_at
					    from youth_roster y
					    left join last l on l.youth_id = y.id
					    left join open_trigger t on t.youth_id = y.id
					    where (cast(:youth as uuid) is null or y.id = cast(:youth as uuid))
					      and (:scope <> 'AGENCY' or exists (select 1 from youth_open_case a where a.youth_id = y.id and a.agency_id = :agency))
					      and (:scope <> 'MINE' or exists (select 1 from screening m where m.youth_id = y.id and m.started_by = :me))),
					candidates as (
					    select s.*,
					           case when s.trigger_at is not null and (s.scheduled_at is null or s.trigger_at < s.scheduled_at)
					                then s.trigger_reason
					                when s.screened_on is null then 'INTAKE' else 'RESCREEN' end as reason,
					           least(s.trigger_at, s.scheduled_at) as due_at
					    from scheduled s)
					select * from candidates c
					where c.due_at is not null and c.due_at <= :horizon
					order by c.due_at, c.last_name, c.first_name
					limit :limit""")
			.param("months", rules.rescreenAfterMonths())
			.param("intake", pgInterval(rules.intakeWithin()))
			.param("zone", counties.currentZone().getId())
			.param("scope", scope.name())
			.param("agency", me.agencyId())
			.param("me", me.userId())
			.param("youth", youthId)
			.param("horizon", Timestamp.from(horizon))
			.param("minimumAge", rules.minimumAge())
			.param("limit", limit)
			.query((rs, n) -> {
				Instant dueAt = rs.getTimestamp("due_at").toInstant();
				return new DueScreening(rs.getObject("id", UUID.class), rs.getString("first_name"),
						rs.getString("last_name"), rs.getObject("date_of_birth", LocalDate.class),
						rs.getObject("screened_on", LocalDate.class), rs.getString("level"), rs.getString("reason"),
						dueAt, dueAt.isBefore(now));
			})
			.list()
			.stream()
			// a row with a last result shows screening results: kept only for those the
			// rules let see them; a
			// youth never screened shows who is due (identity), so intake is never missed
			// for want of a team
			.filter(row -> disclosures
				.decide(row.youthId(), row.lastLevel() == null ? Category.IDENTITY : Category.SCREENING_RESULTS,
						purpose)
				.allowed())
			.toList();
	}

	private static org.postgresql.util.PGInterval pgInterval(Duration duration) {
		try {
			return new org.postgresql.util.PGInterval(duration.getSeconds() + " seconds");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
