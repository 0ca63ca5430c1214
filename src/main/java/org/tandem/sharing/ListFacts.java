package org.tandem.sharing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.audit.Purpose;
import org.tandem.platform.CountyMember;

/**
 * The facts of {@link Disclosures} for every youth of a list page in one query (the same
 * SQL, over an array of youth), so a page of a hundred rows asks the database once, not a
 * hundred times. The rules are applied by {@link Disclosures#evaluate}, as for one youth.
 */
final class ListFacts {

	/**
	 * The one-youth statement, joined laterally to every youth of the page (only its
	 * parameter changes).
	 */
	private static final String FACTS_OF_EACH = "select u.id as each_youth, f.* from unnest(cast(:youths as uuid[])) as u(id)"
			+ " cross join lateral (" + Disclosures.FACTS.replace(":youth", "u.id") + ") f";

	private final JdbcClient jdbc;

	private final DisclosureRulesCatalogue catalogue;

	private final Clock clock;

	private final Disclosures disclosures;

	ListFacts(JdbcClient jdbc, DisclosureRulesCatalogue catalogue, Clock clock, Disclosures disclosures) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
		this.disclosures = disclosures;
	}

	Map<UUID, ListDecision> decide(CountyMember member, Collection<UUID> youthIds, Set<Category> categories,
			Purpose purpose) {
		Map<UUID, ListDecision> each = new LinkedHashMap<>();
		if (youthIds.isEmpty()) {
			return each;
		}
		DisclosureRules rules = catalogue.current();
		Map<UUID, Disclosures.Facts> facts = new LinkedHashMap<>();
		jdbc.sql(FACTS_OF_EACH)
			.param("youths", youthIds.stream().distinct().toArray(UUID[]::new))
			.param("agency", member.agencyId())
			.param("user", member.userId())
			.param("now", Timestamp.from(clock.instant()))
			.query(rs -> {
				facts.put(rs.getObject("each_youth", UUID.class), Disclosures.read(rs));
			});
		facts.forEach((youthId, fact) -> {
			if (!fact.youthExists()) {
				return;
			}
			Map<Category, Decision> decisions = new EnumMap<>(Category.class);
			for (Category category : categories) {
				Decision decision = DisclosurePolicy.evaluate(rules, member, fact, category, purpose,
						disclosures.today(fact));
				disclosures.auditGlass(fact, decision, youthId, purpose);
				decisions.put(category, decision);
			}
			each.put(youthId, new ListDecision(fact.onTeam(), decisions));
		});
		return each;
	}

}
