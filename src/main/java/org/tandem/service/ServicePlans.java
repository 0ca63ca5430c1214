package org.tandem.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Counties;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.platform.YouthId;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;

/**
 * A youth's service plan in numbered versions, like the safety plan: saving adds the next
 * version, and only when the writer saw the newest. Each need is its own category of the
 * youth's information: a reader sees the needs the decision point lets them see, and a
 * need kept from them is a refused read in the audit log (so the youth's accounting lists
 * it). A writer cannot see, so cannot change, the needs kept from them: a new version
 * keeps those of the newest as they were.
 */
@Service
@Transactional
public class ServicePlans {

	public static final String SAVED = "SERVICE_PLAN_SAVED", VIEWED = "SERVICE_PLAN_VIEWED";

	private final JdbcClient jdbc;

	private final YouthRegistry youth;

	private final ServiceNeeds needs;

	private final Agencies agencies;

	private final Counties counties;

	private final ServiceSharing sharing;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ServicePlanRows rows;

	ServicePlans(JdbcClient jdbc, YouthRegistry youth, ServiceNeeds needs, Agencies agencies, Counties counties,
			ServiceSharing sharing, AuditLog audit, Clock clock, ApplicationEventPublisher events,
			ServicePlanRows rows) {
		this.jdbc = jdbc;
		this.youth = youth;
		this.needs = needs;
		this.agencies = agencies;
		this.counties = counties;
		this.sharing = sharing;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
		this.rows = rows;
	}

	/**
	 * Saves the next version. {@code basedOnVersion}, when given, is the version the
	 * writer started from: unless it is the newest, nothing is saved and the problem
	 * names the newest.
	 */
	public ServicePlan save(UUID youthId, List<PlanNeedInput> given, Boolean youthParticipated,
			Integer basedOnVersion) {
		youth.requireExists(youthId);
		sharing.require(youthId, Category.SERVICES);
		HolisticNeeds taxonomy = needs.current();
		List<PlanNeedInput.Checked> checked = PlanNeedInput.check(given, taxonomy, agencies);
		boolean participated = org.tandem.platform.Inputs.required(youthParticipated, "youthParticipated");
		checked.forEach(need -> sharing.require(youthId, need.need().category()));
		// one writer per youth at a time, so two saves from the same version cannot both
		// win
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('service_plan:' || ?, 0))")
			.param(youthId.toString())
			.query()
			.singleRow();
		int newest = newestVersion(youthId);
		if (basedOnVersion != null && basedOnVersion != newest) {
			throw TandemException
				.onField(ErrorCode.SERVICE_PLAN_REVISED_MEANWHILE, "basedOnVersion", newest, basedOnVersion)
				.with(Map.of("newestVersion", newest));
		}
		List<ServicePlanRows.Stored> kept = keptFromWriter(youthId, newest, checked);
		int version = newest + 1;
		CountyMember me = Tenancy.currentMember().orElse(null);
		jdbc.sql("""
				insert into service_plan (county_id, youth_id, version, youth_participated, taxonomy_id,
				    taxonomy_version, created_by, created_agency, created_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(youthId, version, participated, taxonomy.id(), taxonomy.version(), me == null ? null : me.userId(),
					me == null ? null : me.agencyId(), Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
			.update();
		List<ServicePlanRows.Stored> all = new ArrayList<>(kept);
		checked.forEach(need -> all
			.add(new ServicePlanRows.Stored(need.need().code(), need.need().category(), need.goal(), need.priority(),
					need.responsibleAgency(), need.responsiblePerson(), need.status(), need.suggestedBy())));
		rows.insertNeeds(youthId, version, all);
		audit.record(SAVED, youthId, Purpose.current(),
				ServiceSharing.categories(all.stream().map(ServicePlanRows.Stored::category).toList(),
						Category.SERVICES) + " version " + version);
		events.publishEvent(new ServicePlanSaved(new YouthId(youthId), version, clock.instant()));
		return shown(youthId, rows.read(youthId, version, counties.currentZone(), taxonomy).orElseThrow(), false);
	}

	/** The newest version as the signed-in person may see it; audited. */
	public ServicePlan current(UUID youthId) {
		return version(youthId, null);
	}

	/** A version (the newest when null) as the signed-in person may see it; audited. */
	public ServicePlan version(UUID youthId, Integer version) {
		youth.requireExists(youthId);
		sharing.require(youthId, Category.SERVICES);
		Integer wanted = version == null ? Integer.valueOf(newestVersion(youthId)) : version;
		ServicePlan plan = rows.read(youthId, wanted, counties.currentZone(), needs.current())
			.orElseThrow(() -> new TandemException(ErrorCode.SERVICE_PLAN_NOT_FOUND));
		return shown(youthId, plan, true);
	}

	/** The number of the newest version; 0 when the youth has no plan yet. */
	@Transactional(readOnly = true)
	public int newestVersion(UUID youthId) {
		return jdbc.sql("select coalesce(max(version), 0) from service_plan where youth_id = ?")
			.param(youthId)
			.query(Integer.class)
			.single();
	}

	/**
	 * The codes of the newest version's needs that the signed-in person may see, each
	 * with its status (referrals are made for these).
	 */
	Map<String, NeedStatus> visibleNeeds(UUID youthId) {
		Map<String, NeedStatus> visible = new HashMap<>();
		rows.stored(youthId, newestVersion(youthId))
			.stream()
			.filter(need -> sharing.decide(youthId, need.category()))
			.forEach(need -> visible.put(need.code(), need.status()));
		return visible;
	}

	/**
	 * The needs of the newest version the writer may not see, kept as they were; a need
	 * the writer sends again under the same code replaces it (they may see its category).
	 */
	private List<ServicePlanRows.Stored> keptFromWriter(UUID youthId, int newest, List<PlanNeedInput.Checked> checked) {
		if (newest == 0) {
			return List.of();
		}
		List<String> sent = checked.stream().map(need -> need.need().code()).toList();
		return rows.stored(youthId, newest)
			.stream()
			.filter(need -> !sent.contains(need.code()) && !sharing.decide(youthId, need.category()))
			.toList();
	}

	/**
	 * The plan without the needs the reader may not see; a read is audited with the
	 * categories seen, each need kept back as a refused read.
	 */
	private ServicePlan shown(UUID youthId, ServicePlan plan, boolean audited) {
		Map<Category, Boolean> may = new java.util.EnumMap<>(Category.class);
		List<ServicePlan.Need> shown = plan.needs()
			.stream()
			.filter(need -> may.computeIfAbsent(need.category(),
					category -> audited ? sharing.read(youthId, category) : sharing.decide(youthId, category)))
			.toList();
		if (audited) {
			audit.record(VIEWED, youthId, Purpose.current(),
					ServiceSharing.categories(shown.stream().map(ServicePlan.Need::category).toList(),
							Category.SERVICES) + " version " + plan.version());
		}
		return plan.withNeeds(shown);
	}

	Optional<ServicePlan> stored(UUID youthId, int version) {
		return rows.read(youthId, version, counties.currentZone(), needs.current());
	}

}
