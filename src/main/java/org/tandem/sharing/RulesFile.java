package org.tandem.sharing;

import java.util.List;

/**
 * A disclosure rules file as written (see {@code sharing/disclosure-rules.schema.json}):
 * for each category, who may see it, for which purposes, when the youth must consent, the
 * purposes it may never serve, whether emergency access may be granted, and whether a
 * youth's refusal stops what a rule shares without consent ({@code youthMayRefuse}, true
 * unless a {@code legalBasis} says why not).
 */
record RulesFile(String id, int version, String title, List<String> aggregateOnlyRoles,
		List<CategoryRules> categories) {

	record CategoryRules(String category, List<String> prohibitedPurposes, boolean breakGlass, Boolean youthMayRefuse,
			String legalBasis, List<Rule> rules, String note) {

		/** Absent: the youth may refuse. */
		boolean refusable() {
			return youthMayRefuse == null || youthMayRefuse;
		}
	}

	/**
	 * Who may see the category: agency types and roles (empty = any), for these purposes,
	 * only while their agency is on the youth's team, only with the youth's consent;
	 * whether the youth's refusal stops it (absent: as the category says) and the legal
	 * basis when it does not.
	 */
	record Rule(List<String> agencyTypes, List<String> roles, List<String> purposes, boolean onTeam, boolean consent,
			Boolean youthMayRefuse, String legalBasis, String note) {
	}
}
