package org.tandem.sharing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tandem.audit.Purpose;
import org.tandem.county.AgencyType;
import org.tandem.definition.Versioned;

/**
 * One version of a county's disclosure rules, loaded and compiled for quick decisions:
 * per category, the prohibited purposes, whether break-glass may open it, whether the
 * youth's refusal stops what its rules share without consent, and its rules. Immutable.
 *
 * @param origin "county" for an imported version, "shipped" for Tandem's model rules
 */
public record DisclosureRules(String id, int version, String title, String origin, Set<String> aggregateOnlyRoles,
		Map<Category, Policy> policies) implements Versioned {

	/**
	 * What one category allows. {@code youthMayRefuse} is the category's own setting (its
	 * rules may say otherwise); {@code legalBasis} says why the youth may not refuse,
	 * where they may not.
	 */
	public record Policy(Set<Purpose> prohibited, boolean breakGlass, boolean youthMayRefuse, String legalBasis,
			List<Rule> rules) {
	}

	/**
	 * One way to be allowed: empty agency types or roles mean any (except the
	 * aggregate-only roles). {@code youthMayRefuse}: whether the youth's refusal stops
	 * this rule (always true for a rule that needs consent); when it does not,
	 * {@code legalBasis} is the law or agreement that shares anyway.
	 */
	public record Rule(Set<AgencyType> agencyTypes, Set<String> roles, Set<Purpose> purposes, boolean onTeam,
			boolean consent, boolean youthMayRefuse, String legalBasis) {

		/**
		 * Whether the rule concerns the agency type as a whole (no role named) and could
		 * serve one of the purposes: what a choice the youth makes about an agency is
		 * weighed against.
		 */
		boolean concernsAgency(AgencyType agencyType, Set<Purpose> purposes) {
			return roles.isEmpty() && (agencyTypes.isEmpty() || agencyTypes.contains(agencyType))
					&& (purposes == null || purposes.stream().anyMatch(this.purposes::contains));
		}

		boolean matches(AgencyType agencyType, Set<String> memberRoles, Set<String> aggregateOnly, Purpose purpose) {
			if (!purposes.contains(purpose) || (!agencyTypes.isEmpty() && !agencyTypes.contains(agencyType))) {
				return false;
			}
			if (roles.isEmpty()) {
				return memberRoles.stream().anyMatch(role -> !aggregateOnly.contains(role));
			}
			return memberRoles.stream().anyMatch(roles::contains);
		}
	}

	public Policy policy(Category category) {
		return policies.get(category);
	}

	/** Compiles a file that passed every check. */
	static DisclosureRules of(RulesFile file, String origin) {
		Map<Category, Policy> policies = new EnumMap<>(Category.class);
		for (RulesFile.CategoryRules category : file.categories()) {
			List<Rule> rules = category.rules().stream().map(rule -> {
				// a rule that needs consent is always the youth's to refuse; otherwise
				// the rule, else the category
				boolean refusable = rule.consent()
						|| (rule.youthMayRefuse() == null ? category.refusable() : rule.youthMayRefuse());
				String basis = refusable ? null : rule.legalBasis() != null ? rule.legalBasis() : category.legalBasis();
				return new Rule(agencyTypes(rule.agencyTypes()), Set.copyOf(rule.roles()), purposes(rule.purposes()),
						rule.onTeam(), rule.consent(), refusable, basis);
			}).toList();
			policies.put(Category.valueOf(category.category()), new Policy(purposes(category.prohibitedPurposes()),
					category.breakGlass(), category.refusable(), category.legalBasis(), rules));
		}
		return new DisclosureRules(file.id(), file.version(), file.title(), origin,
				Set.copyOf(file.aggregateOnlyRoles()), java.util.Collections.unmodifiableMap(policies));
	}

	private static Set<Purpose> purposes(List<String> names) {
		EnumSet<Purpose> set = EnumSet.noneOf(Purpose.class);
		names.forEach(name -> set.add(Purpose.valueOf(name)));
		return java.util.Collections.unmodifiableSet(set);
	}

	private static Set<AgencyType> agencyTypes(List<String> names) {
		EnumSet<AgencyType> set = EnumSet.noneOf(AgencyType.class);
		names.forEach(name -> set.add(AgencyType.valueOf(name)));
		return java.util.Collections.unmodifiableSet(set);
	}
}
