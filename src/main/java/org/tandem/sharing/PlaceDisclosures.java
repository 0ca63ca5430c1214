package org.tandem.sharing;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.Purpose;
import org.tandem.county.AgencyType;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Tenancy;

/**
 * The decision point for facts that are a location in the sense of the rules but belong
 * to no one youth, such as a safe house's address in the resource directory: shown to
 * those whom a rule of the category lets see it for the purpose by their agency and
 * roles, counting a rule's team condition as met (a worker may place a youth of their
 * team there) and never one that needs a youth's consent (no youth gave it). Break-glass,
 * being about one youth, never opens it.
 */
@Service
public class PlaceDisclosures {

	private final JdbcClient jdbc;

	private final DisclosureRulesCatalogue catalogue;

	PlaceDisclosures(JdbcClient jdbc, DisclosureRulesCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	/** Whether the signed-in person may see a fact of this category about no youth. */
	@Transactional(readOnly = true)
	public boolean allows(Category category, Purpose purpose) {
		CountyMember member = Tenancy.currentMember().orElse(null);
		if (member == null) {
			return false;
		}
		DisclosureRules rules = catalogue.current();
		DisclosureRules.Policy policy = rules.policy(category);
		if (policy == null || policy.prohibited().contains(purpose)) {
			return false;
		}
		AgencyType agencyType = agencyType(member).orElse(null);
		return agencyType != null && policy.rules()
			.stream()
			.filter(rule -> !rule.consent())
			.anyMatch(rule -> rule.matches(agencyType, member.roleNames(), rules.aggregateOnlyRoles(), purpose));
	}

	private Optional<AgencyType> agencyType(CountyMember member) {
		return jdbc.sql("select agency_type from agency_directory where id = :agency")
			.param("agency", member.agencyId())
			.query(String.class)
			.optional()
			.map(AgencyType::valueOf);
	}

}
