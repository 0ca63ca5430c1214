package org.tandem.sharing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.tandem.audit.Purpose;
import org.tandem.county.AgencyType;
import org.tandem.county.Role;
import org.tandem.definition.DefinitionProblem;

/** The rules of a disclosure rules file that the schema cannot state. */
final class DisclosureRulesCheck {

	private static final Set<String> CATEGORIES = names(Category.values());

	private static final Set<String> PURPOSES = names(Purpose.values());

	private static final Set<String> AGENCY_TYPES = names(AgencyType.values());

	private static final Set<String> ROLES = names(Role.values());

	private DisclosureRulesCheck() {
	}

	static List<DefinitionProblem> check(RulesFile file) {
		List<DefinitionProblem> problems = new ArrayList<>();
		known(file.aggregateOnlyRoles(), ROLES, "$.aggregateOnlyRoles", "role", problems);
		Map<String, Integer> seen = new HashMap<>();
		for (int c = 0; c < file.categories().size(); c++) {
			RulesFile.CategoryRules category = file.categories().get(c);
			String at = "$.categories[" + c + "]";
			if (!CATEGORIES.contains(category.category())) {
				problems.add(new DefinitionProblem(at + ".category", "'" + category.category()
						+ "' is not a category; the categories are " + String.join(", ", CATEGORIES)));
			}
			else {
				Integer first = seen.putIfAbsent(category.category(), c);
				if (first != null) {
					problems.add(new DefinitionProblem(at + ".category", "repeats " + category.category()
							+ " (already at $.categories[" + first + "]); state each category once"));
				}
			}
			known(category.prohibitedPurposes(), PURPOSES, at + ".prohibitedPurposes", "purpose", problems);
			if (!category.refusable() && category.legalBasis() == null) {
				problems.add(new DefinitionProblem(at + ".legalBasis",
						"is required with youthMayRefuse: false: name the law " + "or agreement that shares "
								+ category.category() + " even when the youth refuses"));
			}
			for (int r = 0; r < category.rules().size(); r++) {
				RulesFile.Rule rule = category.rules().get(r);
				String ruleAt = at + ".rules[" + r + "]";
				known(rule.agencyTypes(), AGENCY_TYPES, ruleAt + ".agencyTypes", "agency type", problems);
				known(rule.roles(), ROLES, ruleAt + ".roles", "role", problems);
				known(rule.purposes(), PURPOSES, ruleAt + ".purposes", "purpose", problems);
				if (Boolean.FALSE.equals(rule.youthMayRefuse()) && rule.consent()) {
					problems.add(new DefinitionProblem(ruleAt + ".youthMayRefuse",
							"cannot be false on a rule that needs the "
									+ "youth's consent: without consent it allows nothing, so a refusal always stops it"));
				}
				else if (Boolean.FALSE.equals(rule.youthMayRefuse()) && rule.legalBasis() == null
						&& category.legalBasis() == null) {
					problems.add(new DefinitionProblem(ruleAt + ".legalBasis",
							"is required with youthMayRefuse: false: name "
									+ "the law or agreement that shares this even when the youth refuses"));
				}
				if (!rule.purposes().isEmpty() && category.prohibitedPurposes().containsAll(rule.purposes())) {
					problems.add(
							new DefinitionProblem(ruleAt + ".purposes", "allows only purposes this category prohibits ("
									+ String.join(", ", rule.purposes()) + "): the rule could never allow anything"));
				}
			}
		}
		for (String category : CATEGORIES) {
			if (!seen.containsKey(category)) {
				problems.add(new DefinitionProblem("$.categories",
						"has no " + category + "; state every category once, with no rules to share it with no one"));
			}
		}
		return problems;
	}

	private static void known(List<String> names, Set<String> allowed, String at, String what,
			List<DefinitionProblem> problems) {
		for (int i = 0; i < names.size(); i++) {
			if (!allowed.contains(names.get(i))) {
				problems.add(new DefinitionProblem(at + "[" + i + "]",
						"'" + names.get(i) + "' is not a " + what + "; known: " + String.join(", ", allowed)));
			}
		}
	}

	private static Set<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

}
