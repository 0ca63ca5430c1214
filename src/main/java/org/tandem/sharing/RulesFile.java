package org.tandem.sharing;

import java.util.List;

/**
 * A disclosure rules file as written (see {@code sharing/disclosure-rules.schema.json}): for each
 * category, who may see it, for which purposes, when the youth must consent, the purposes it may
 * never serve, and whether emergency access may be granted.
 */
record RulesFile(String id, int version, String title, List<String> aggregateOnlyRoles, List<CategoryRules> categories) {

	record CategoryRules(String category, List<String> prohibitedPurposes, boolean breakGlass, List<Rule> rules,
			String note) {
	}

	/**
	 * Who may see the category: agency types and roles (empty = any), for these purposes, only
	 * while their agency is on the youth's team, only with the youth's consent.
	 */
	record Rule(List<String> agencyTypes, List<String> roles, List<String> purposes, boolean onTeam, boolean consent,
			String note) {
	}
}
