package org.tandem.safetyplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.Counties;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.response.ResponseSharing;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.tandem.platform.YouthId;
import org.tandem.platform.AgencyId;
import org.tandem.platform.UserId;

/**
 * A youth's safety plan in numbered versions. Saving never changes a version: it adds the
 * next one, and only when the writer saw the newest (a revision made meanwhile is never
 * overwritten unseen). Every read and write is audited against the youth.
 */
@Service
@Transactional
public class SafetyPlans {

	public static final String SAVED = "SAFETY_PLAN_SAVED", VIEWED = "SAFETY_PLAN_VIEWED",
			PRINTED = "SAFETY_PLAN_PRINTED";

	private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
	};

	private static final TypeReference<List<RunawayStep>> STEPS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final YouthRegistry youth;

	private final UserAccounts users;

	private final Agencies agencies;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ResponseSharing sharing;

	private final org.springframework.context.ApplicationEventPublisher events;

	SafetyPlans(JdbcClient jdbc, YouthRegistry youth, UserAccounts users, Agencies agencies, Counties counties,
			AuditLog audit, Clock clock, ResponseSharing sharing,
			org.springframework.context.ApplicationEventPublisher events) {
		this.sharing = sharing;
		this.events = events;
		this.jdbc = jdbc;
		this.youth = youth;
		this.users = users;
		this.agencies = agencies;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Saves the next version. {@code basedOnVersion}, when given, is the version the
	 * writer started from: unless it is the newest, nothing is saved and the problem
	 * names the newest.
	 */
	public SafetyPlan save(YouthId youthId, SafetyPlanContent content, Integer basedOnVersion) {
		youth.requireExists(youthId.value());
		sharing.require(youthId.value(), Category.SAFETY_PLAN);
		SafetyPlanContent checked = keepLocation(youthId.value(),
				(content == null ? SafetyPlanContent.empty() : content).checked());
		// one writer per youth at a time, so two saves from the same version cannot both
		// win
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('safety_plan:' || ?, 0))")
			.param(youthId.value().toString())
			.query()
			.singleRow();
		int newest = newestVersion(youthId);
		if (basedOnVersion != null && basedOnVersion != newest) {
			throw TandemException
				.onField(ErrorCode.SAFETY_PLAN_REVISED_MEANWHILE, "basedOnVersion", newest, basedOnVersion)
				.with(Map.of("newestVersion", newest));
		}
		int version = newest + 1;
		CountyMember me = Tenancy.currentMember().orElse(null);
		jdbc.sql("""
				insert into safety_plan (county_id, youth_id, version, risks_to_youth, risks_to_family,
				    risks_to_providers, trauma_triggers, coping_skills, prevention_steps, if_youth_runs,
				    safe_transportation, youth_words, youth_participated, why_not_participated, meeting_id,
				    created_by, created_agency, created_at)
				values (current_county(), ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb,
				    ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(youthId.value(), version, json(checked.risksToYouth()), json(checked.risksToFamily()),
					json(checked.risksToProviders()), json(checked.traumaTriggers()), json(checked.copingSkills()),
					json(checked.preventionSteps()), json(checked.ifYouthRuns()), checked.safeTransportation(),
					checked.youthWords(), checked.youthParticipated(), checked.whyNotParticipated(),
					checked.meetingId(), me == null ? null : me.userId(), me == null ? null : me.agencyId(),
					Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
			.update();
		audit.record(SAVED, youthId.value(), Purpose.current(), "version " + version);
		SafetyPlan saved = read(youthId.value(), version).orElseThrow();
		events.publishEvent(new SafetyPlanSaved(youthId, version, clock.instant()));
		return saved;
	}

	/**
	 * A writer who may not see where the youth may be cannot see the steps if the youth
	 * runs nor the safe transportation, so they cannot change them either: the new
	 * version keeps the newest one's.
	 */
	private SafetyPlanContent keepLocation(UUID youthId, SafetyPlanContent content) {
		if (sharing.decide(youthId, Category.LOCATION).allowed()) {
			return content;
		}
		SafetyPlanContent newest = stored(youthId, null).stream()
			.findFirst()
			.map(SafetyPlan::content)
			.orElse(SafetyPlanContent.empty());
		return new SafetyPlanContent(content.risksToYouth(), content.risksToFamily(), content.risksToProviders(),
				content.traumaTriggers(), content.copingSkills(), content.preventionSteps(), newest.ifYouthRuns(),
				newest.safeTransportation(), content.youthWords(), content.youthParticipated(),
				content.whyNotParticipated(), content.meetingId());
	}

	/** The versions, newest first. */
	public List<SafetyPlan> versions(YouthId youthId) {
		youth.requireExists(youthId.value());
		sharing.require(youthId.value(), Category.SAFETY_PLAN);
		List<SafetyPlan> versions = query(youthId.value(), null);
		audit.record(VIEWED, youthId.value(), Purpose.current(), "versions");
		return versions;
	}

	public SafetyPlan version(YouthId youthId, int version) {
		youth.requireExists(youthId.value());
		sharing.require(youthId.value(), Category.SAFETY_PLAN);
		SafetyPlan plan = read(youthId.value(), version)
			.orElseThrow(() -> new TandemException(ErrorCode.SAFETY_PLAN_NOT_FOUND, version));
		audit.record(VIEWED, youthId.value(), Purpose.current(), "version " + version);
		return plan;
	}

	/**
	 * The version as printed for the caregiver, audited as printed (with the language).
	 */
	SafetyPlan forPrinting(UUID youthId, int version, String language) {
		youth.requireExists(youthId);
		sharing.require(youthId, Category.SAFETY_PLAN);
		SafetyPlan plan = read(youthId, version)
			.orElseThrow(() -> new TandemException(ErrorCode.SAFETY_PLAN_NOT_FOUND, version));
		audit.record(PRINTED, youthId, Purpose.current(), "version " + version + " " + language);
		return plan;
	}

	/** The number of the newest version; 0 when the youth has no plan yet. */
	@Transactional(readOnly = true)
	public int newestVersion(YouthId youthId) {
		return jdbc.sql("select coalesce(max(version), 0) from safety_plan where youth_id = ?")
			.param(youthId.value())
			.query(Integer.class)
			.single();
	}

	private Optional<SafetyPlan> read(UUID youthId, int version) {
		return query(youthId, version).stream().findFirst();
	}

	/**
	 * As the signed-in person may see them: without where the youth may be, if they may
	 * not see that.
	 */
	private List<SafetyPlan> query(UUID youthId, Integer version) {
		List<SafetyPlan> plans = stored(youthId, version);
		if (plans.isEmpty() || sharing.decide(youthId, Category.LOCATION).allowed()) {
			return plans;
		}
		return plans.stream().map(SafetyPlan::withoutLocation).toList();
	}

	/** The versions as stored, whole. */
	private List<SafetyPlan> stored(UUID youthId, Integer version) {
		ZoneId zone = counties.currentZone();
		Map<UUID, String> people = new HashMap<>();
		Map<UUID, String> agencyNames = new HashMap<>();
		return jdbc.sql("""
				select * from safety_plan where youth_id = ? and (?::integer is null or version = ?)
				order by version desc""")
			.params(youthId, version, version)
			.query((rs, n) -> plan(rs, zone, people, agencyNames))
			.list();
	}

	private SafetyPlan plan(ResultSet rs, ZoneId zone, Map<UUID, String> people, Map<UUID, String> agencyNames)
			throws SQLException {
		UUID createdBy = rs.getObject("created_by", UUID.class);
		UUID agency = rs.getObject("created_agency", UUID.class);
		SafetyPlanContent content = new SafetyPlanContent(texts(rs, "risks_to_youth"), texts(rs, "risks_to_family"),
				texts(rs, "risks_to_providers"), texts(rs, "trauma_triggers"), texts(rs, "coping_skills"),
				texts(rs, "prevention_steps"), json.readValue(rs.getString("if_youth_runs"), STEPS),
				rs.getString("safe_transportation"), rs.getString("youth_words"), rs.getBoolean("youth_participated"),
				rs.getString("why_not_participated"), rs.getObject("meeting_id", UUID.class));
		return new SafetyPlan(rs.getObject("youth_id", UUID.class), rs.getInt("version"), content, createdBy,
				createdBy == null ? null
						: people.computeIfAbsent(createdBy,
								id -> users.findById(UserId.of(id)).map(UserAccount::displayName).orElse(null)),
				agency,
				agency == null ? null
						: agencyNames.computeIfAbsent(agency,
								id -> agencies.findById(AgencyId.of(id)).map(Agency::name).orElse(null)),
				rs.getTimestamp("created_at").toInstant().atZone(zone).toOffsetDateTime(), false);
	}

	private List<String> texts(ResultSet rs, String column) throws SQLException {
		return json.readValue(rs.getString(column), TEXTS);
	}

	private String json(Object value) {
		return json.writeValueAsString(value);
	}

}
