package org.tandem.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.tandem.response.ResponseSharing;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;
import org.tandem.platform.YouthId;

/**
 * When the needs and strengths assessment (the CANS-style {@value #INSTRUMENT}) is due:
 * upon identification (the youth's first team response), after each placement change from
 * then on, and 6 months after the last assessment. An assessment submitted by any agency
 * on or after the day of an event satisfies it for everyone, so the team sees who did it
 * instead of repeating it. Computed by one query from recorded days, never stored, so it
 * is always current.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentSchedule {

	public static final String INSTRUMENT = "cse-needs-strengths";

	public static final int PERIOD_MONTHS = 6, DUE_SOON_DAYS = 30;

	public static final String VIEWED = "ASSESSMENT_SCHEDULE_VIEWED";

	/**
	 * Worklist scopes: youth of the user's agency (involved or leading a response), or
	 * the whole county.
	 */
	public enum Scope {

		AGENCY, COUNTY;

		static Scope parse(String value) {
			Scope scope = Inputs.choice(Scope.class, value, "scope");
			return scope == null ? AGENCY : scope;
		}

	}

	private static final String QUERY = """
			with ident as (
			    select youth_id, min(occurred_on) as identified_on
			    from assessment_trigger where reason = 'IDENTIFICATION' group by youth_id),
			last as (
			    select distinct on (s.youth_id) s.youth_id, s.id, s.screened_on, s.submitted_agency
			    from submitted_screening s
			    where s.instrument_id = :instrument
			    order by s.youth_id, s.screened_on desc, s.submitted_at desc),
			pending as (
			    -- the earliest event since identification that no assessment has followed (on or after its day)
			    select distinct on (t.youth_id) t.youth_id, t.occurred_on, t.reason
			    from assessment_trigger t
			    join ident i on i.youth_id = t.youth_id and t.occurred_on >= i.identified_on
			    left join last l on l.youth_id = t.youth_id
			    where l.screened_on is null or t.occurred_on > l.screened_on
			    order by t.youth_id, t.occurred_on, t.reason),
			schedule as (
			    select y.id, y.first_name, y.last_name, i.identified_on, l.id as screening_id, l.screened_on,
			           l.submitted_agency,
			           coalesce(p.occurred_on, (l.screened_on + make_interval(months => :months))::date) as due_on,
			           case when p.reason is not null then p.reason when l.id is not null then 'PERIODIC' end as reason
			    from youth_roster y
			    left join ident i on i.youth_id = y.id
			    left join last l on l.youth_id = y.id
			    left join pending p on p.youth_id = y.id
			    where (:youth::uuid is null or y.id = :youth::uuid)
			      and (:scope <> 'AGENCY'
			           or exists (select 1 from youth_open_case a where a.youth_id = y.id and a.agency_id = :agency)
			           or exists (select 1 from response_lead r where r.youth_id = y.id and r.lead_agency_id = :agency)))
			select * from schedule
			where (:youth::uuid is not null or (due_on is not null and due_on <= :horizon))
			order by due_on, last_name, first_name
			limit :limit""";

	private final JdbcClient jdbc;

	private final YouthRegistry youth;

	private final Agencies agencies;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final ResponseSharing sharing;

	AssessmentSchedule(JdbcClient jdbc, YouthRegistry youth, Agencies agencies, Counties counties, AuditLog audit,
			Clock clock, ResponseSharing sharing) {
		this.sharing = sharing;
		this.jdbc = jdbc;
		this.youth = youth;
		this.agencies = agencies;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The youth's assessment status, with the newest assessment by any agency; audited.
	 */
	@Transactional
	public AssessmentStatus dueFor(YouthId youthId) {
		youth.requireExists(youthId.value());
		sharing.require(youthId.value(), Category.ASSESSMENTS);
		AssessmentStatus status = query(youthId.value(), Scope.COUNTY, 1).stream()
			.findFirst()
			.orElseThrow(() -> new TandemException(ErrorCode.YOUTH_NOT_FOUND));
		audit.record(VIEWED, youthId.value(), Purpose.current(), status.state());
		return status;
	}

	/**
	 * Youth due now or within {@value #DUE_SOON_DAYS} days, soonest first; each listed
	 * youth is audited.
	 */
	@Transactional
	public List<AssessmentStatus> due(String scope, int limit) {
		List<AssessmentStatus> due = sharing.visible(query(null, Scope.parse(scope), limit), AssessmentStatus::youthId,
				Category.ASSESSMENTS);
		audit.recordAll(YouthRegistry.LISTED, due.stream().map(AssessmentStatus::youthId).toList(), Purpose.current(),
				"assessment worklist");
		return due;
	}

	private List<AssessmentStatus> query(UUID youthId, Scope scope, int limit) {
		LocalDate today = LocalDate.now(clock.withZone(counties.currentZone()));
		Map<UUID, String> agencyNames = agencies.findAll()
			.stream()
			.collect(Collectors.toMap(Agency::id, Agency::name, (a, b) -> a));
		UUID agency = Tenancy.currentMember().map(CountyMember::agencyId).orElse(null);
		return jdbc.sql(QUERY)
			.param("instrument", INSTRUMENT)
			.param("months", PERIOD_MONTHS)
			.param("youth", youthId)
			.param("scope", scope.name())
			.param("agency", agency)
			.param("horizon", today.plusDays(DUE_SOON_DAYS))
			.param("limit", limit)
			.query((rs, n) -> status(rs, today, agencyNames::get))
			.list();
	}

	private static AssessmentStatus status(ResultSet rs, LocalDate today, Function<UUID, String> agencyName)
			throws SQLException {
		LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
		UUID screeningId = rs.getObject("screening_id", UUID.class);
		UUID agency = rs.getObject("submitted_agency", UUID.class);
		AssessmentStatus.LastAssessment last = screeningId == null ? null
				: new AssessmentStatus.LastAssessment(screeningId, rs.getObject("screened_on", LocalDate.class), agency,
						agency == null ? null : agencyName.apply(agency));
		String state = dueOn == null ? "NOT_IDENTIFIED" : dueOn.isAfter(today) ? "UP_TO_DATE" : "DUE";
		return new AssessmentStatus(rs.getObject("id", UUID.class), rs.getString("first_name"),
				rs.getString("last_name"), rs.getObject("identified_on", LocalDate.class), state,
				rs.getString("reason"), dueOn, last);
	}

}
