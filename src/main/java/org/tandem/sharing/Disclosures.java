package org.tandem.sharing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.AgencyType;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;

/**
 * The one policy decision point: may this person, in their roles and agency, for this
 * purpose, see this category of this youth's information? Pages, the API, search results,
 * exports and notifications ask here and nowhere else.
 *
 * <p>
 * In order: a purpose the category prohibits is refused, even in an emergency; then a
 * rule that matches the agency type, a role and the purpose allows when its conditions
 * hold (the agency on the youth's team; the youth's active consent to this agency or
 * person, for this category and purpose; no active refusal by the youth, unless the rule
 * names the legal basis that shares anyway, which the decision then carries); then active
 * break-glass access allows the categories the rules let an emergency open; otherwise the
 * denial carries the most helpful reason: consent missing (or refused) before not on the
 * team before not permitted at all.
 *
 * <p>
 * The rules are cached (versions never change); team, consents and break-glass are read
 * fresh on every call, in one SQL round trip, so leaving a team or revoking a consent
 * ends access at once.
 */
@Service
@Transactional // not read-only: using break-glass is written to the audit log
public class Disclosures {

	/** The facts about one person and one youth that the rules are applied to. */
	record Facts(boolean youthExists, AgencyType agencyType, String agencyName, boolean onTeam,
			List<ConsentFact> consents, UUID glassId, ZoneId zone) {
	}

	/** One of the youth's choices about this person or their agency, not revoked. */
	record ConsentFact(boolean given, Set<Category> categories, Set<Purpose> purposes, LocalDate givenOn,
			LocalDate expiresOn) {

		boolean activeOn(LocalDate day) {
			return !givenOn.isAfter(day) && (expiresOn == null || !day.isAfter(expiresOn));
		}

		boolean covers(Category category, Purpose purpose) {
			return categories.contains(category) && (purposes == null || purposes.contains(purpose));
		}
	}

	static final String FACTS = """
			select exists (select 1 from youth_roster y where y.id = :youth) as youth_exists,
			       a.agency_type, a.name as agency_name, c.time_zone,
			       %s as on_team,
			       array(select k.decision || '|' || array_to_string(k.categories, ',') || '|'
			                    || coalesce(array_to_string(k.purposes, ','), '*') || '|' || k.given_on || '|'
			                    || coalesce(k.expires_on::text, '')
			             from consent k
			             where k.youth_id = :youth and k.revoked_at is null
			               and (k.recipient_agency_id = :agency or k.recipient_user_id = :user)
			             order by k.recorded_at) as consents,
			       (select b.id from break_glass b
			        where b.user_id = :user and b.youth_id = :youth and b.started_at <= :now and b.expires_at > :now
			        order by b.expires_at desc limit 1) as glass
			from county_time_zone c left join agency_directory a on a.id = :agency
			where c.id = current_county()""".formatted(YouthRows.ON_TEAM);

	private final JdbcClient jdbc;

	private final DisclosureRulesCatalogue catalogue;

	private final AuditLog audit;

	private final Clock clock;

	private final Refusals refusals;

	/**
	 * Break-glass grants whose use of a category is already in the audit log (once is
	 * enough).
	 */
	private final Set<String> glassUseAudited = ConcurrentHashMap.newKeySet();

	private final ListFacts lists;

	Disclosures(JdbcClient jdbc, DisclosureRulesCatalogue catalogue, AuditLog audit, Clock clock, Refusals refusals) {
		this.lists = new ListFacts(jdbc, catalogue, clock, this);
		this.refusals = refusals;
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock;
	}

	/** For the signed-in person. */
	public Decision decide(UUID youthId, Category category, Purpose purpose) {
		return decide(Tenancy.currentMember().orElse(null), youthId, category, purpose);
	}

	/**
	 * For someone else of the same county, for example the recipient of a notification.
	 */
	public Decision decide(CountyMember member, UUID youthId, Category category, Purpose purpose) {
		DisclosureRules rules = catalogue.current();
		if (member == null) {
			return Decision.deny(ErrorCode.ROLE_NOT_ALLOWED, category, purpose, rules.version());
		}
		Facts facts = facts(member, youthId);
		Decision decision = DisclosurePolicy.evaluate(rules, member, facts, category, purpose, today(facts));
		auditGlass(facts, decision, youthId, purpose);
		return decision;
	}

	/**
	 * Allowed, or the explained denial thrown (403 with its T41xx code) and the refusal
	 * audited.
	 */
	public Decision require(UUID youthId, Category category, Purpose purpose) {
		return refusedIfDenied(youthId, decide(youthId, category, purpose)).orThrow();
	}

	/**
	 * A denial of the signed-in person's read, audited as refused; an allowed decision
	 * passes through.
	 */
	Decision refusedIfDenied(UUID youthId, Decision decision) {
		refusals.record(youthId, decision);
		return decision;
	}

	/**
	 * For a part of an answer that is its own category (a need of a service plan): the
	 * signed-in person's decision, a denial audited as a refused read and not thrown, so
	 * the part is left out of what is shown.
	 */
	public Decision decideRead(UUID youthId, Category category, Purpose purpose) {
		return refusedIfDenied(youthId, decide(youthId, category, purpose));
	}

	public Decision require(CountyMember member, UUID youthId, Category category, Purpose purpose) {
		return decide(member, youthId, category, purpose).orThrow();
	}

	/**
	 * Every category's decision at once (one read of the facts), for pages with many
	 * sections.
	 */
	public Map<Category, Decision> decideAll(CountyMember member, UUID youthId, Purpose purpose) {
		DisclosureRules rules = catalogue.current();
		Map<Category, Decision> decisions = new EnumMap<>(Category.class);
		if (member == null) {
			for (Category category : Category.values()) {
				decisions.put(category, Decision.deny(ErrorCode.ROLE_NOT_ALLOWED, category, purpose, rules.version()));
			}
			return decisions;
		}
		Facts facts = facts(member, youthId);
		LocalDate today = today(facts);
		for (Category category : Category.values()) {
			Decision decision = DisclosurePolicy.evaluate(rules, member, facts, category, purpose, today);
			auditGlass(facts, decision, youthId, purpose);
			decisions.put(category, decision);
		}
		return decisions;
	}

	/**
	 * The rows of a list the signed-in person may see: each row is about the youth
	 * {@code youth} names, and one decision is made per distinct youth (lists are bounded
	 * pages).
	 */
	public <T> List<T> visible(List<T> rows, Function<T, UUID> youth, Category category, Purpose purpose) {
		return visibleAll(rows, row -> List.of(youth.apply(row)), category, purpose);
	}

	/**
	 * As {@link #visible}, for rows about several youth (a case review): kept only if all
	 * may be seen.
	 */
	public <T> List<T> visibleAll(List<T> rows, Function<T, Collection<UUID>> youth, Category category,
			Purpose purpose) {
		Map<UUID, Boolean> may = new HashMap<>();
		return rows.stream()
			.filter(row -> youth.apply(row)
				.stream()
				.allMatch(id -> may.computeIfAbsent(id, y -> decide(y, category, purpose).allowed())))
			.toList();
	}

	/**
	 * As {@link #decide} for every youth of a list page at once, the facts of all of them
	 * read in one SQL round trip; a youth not in the answer (another county's, or nobody
	 * signed in) may not be seen.
	 */
	public Map<UUID, ListDecision> decideEach(Collection<UUID> youthIds, Set<Category> categories, Purpose purpose) {
		CountyMember member = Tenancy.currentMember().orElse(null);
		return member == null ? Map.of() : lists.decide(member, youthIds, categories, purpose);
	}

	/** The categories of this youth the signed-in person may see for the purpose. */
	public Set<Category> visibleCategories(UUID youthId, Purpose purpose) {
		Set<Category> visible = EnumSet.noneOf(Category.class);
		decideAll(Tenancy.currentMember().orElse(null), youthId, purpose).forEach((category, decision) -> {
			if (decision.allowed()) {
				visible.add(category);
			}
		});
		return visible;
	}

	Facts facts(CountyMember member, UUID youthId) {
		Instant now = clock.instant();
		Facts facts = jdbc.sql(FACTS)
			.param("youth", youthId)
			.param("agency", member.agencyId())
			.param("user", member.userId())
			.param("now", Timestamp.from(now))
			.query((rs, n) -> read(rs))
			.optional()
			.orElse(null);
		if (facts == null || !facts.youthExists()) {
			throw new TandemException(ErrorCode.YOUTH_NOT_IN_COUNTY);
		}
		return facts;
	}

	/**
	 * One row of {@link #FACTS} (also read for many youth at once by {@link ListFacts}).
	 */
	static Facts read(java.sql.ResultSet rs) throws java.sql.SQLException {
		String type = rs.getString("agency_type");
		List<ConsentFact> consents = new ArrayList<>();
		for (String row : (String[]) rs.getArray("consents").getArray()) {
			consents.add(consent(row));
		}
		return new Facts(rs.getBoolean("youth_exists"), type == null ? null : AgencyType.valueOf(type),
				rs.getString("agency_name"), rs.getBoolean("on_team"), consents, rs.getObject("glass", UUID.class),
				ZoneId.of(rs.getString("time_zone")));
	}

	LocalDate today(Facts facts) {
		return LocalDate.ofInstant(clock.instant(), facts.zone());
	}

	private static ConsentFact consent(String row) {
		String[] parts = row.split("\\|", -1);
		Set<Category> categories = EnumSet.noneOf(Category.class);
		for (String name : parts[1].split(",")) {
			categories.add(Category.valueOf(name));
		}
		Set<Purpose> purposes = null;
		if (!"*".equals(parts[2])) {
			purposes = EnumSet.noneOf(Purpose.class);
			for (String name : parts[2].split(",")) {
				purposes.add(Purpose.valueOf(name));
			}
		}
		return new ConsentFact("GIVEN".equals(parts[0]), categories, purposes, LocalDate.parse(parts[3]),
				parts[4].isEmpty() ? null : LocalDate.parse(parts[4]));
	}

	/**
	 * Each category a break-glass grant opened is written to the audit log once per
	 * grant.
	 */
	void auditGlass(Facts facts, Decision decision, UUID youthId, Purpose purpose) {
		if (decision.allowed() && decision.basis() == Decision.Basis.BREAK_GLASS
				&& glassUseAudited.add(facts.glassId() + ":" + decision.category())) {
			audit.record(BreakGlassGrants.USED, youthId, purpose, decision.category().name());
		}
	}

}
