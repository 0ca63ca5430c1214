package org.tandem.sharing;

import java.time.LocalDate;

import org.tandem.audit.Purpose;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;

/**
 * The order in which {@link Disclosures} applies the rules to the facts about one person
 * and one youth (see there); a pure function of the rules and the facts, so lists decide
 * many youth with it from facts read at once.
 */
final class DisclosurePolicy {

	private DisclosurePolicy() {
	}

	static Decision evaluate(DisclosureRules rules, CountyMember member, Disclosures.Facts facts, Category category,
			Purpose purpose, LocalDate today) {
		int version = rules.version();
		DisclosureRules.Policy policy = rules.policy(category);
		if (policy.prohibited().contains(purpose)) {
			return Decision.deny(ErrorCode.PURPOSE_PROHIBITED, category, purpose, version,
					Decision.purposeText(purpose));
		}
		Disclosures.ConsentFact choice = latestConsent(facts, category, purpose, today);
		boolean refused = choice != null && !choice.given();
		boolean needTeam = false, needConsent = false;
		String overRefusal = null;
		for (DisclosureRules.Rule rule : policy.rules()) {
			if (!rule.matches(facts.agencyType(), member.roleNames(), rules.aggregateOnlyRoles(), purpose)) {
				continue;
			}
			if (rule.onTeam() && !facts.onTeam()) {
				needTeam = true;
			}
			else if (rule.consent() ? choice == null || !choice.given() : refused && rule.youthMayRefuse()) {
				// no consent where the rule needs it; or the youth refused what the rule
				// shares by itself
				needConsent = true;
			}
			else if (refused) {
				// shared although the youth refused: the rule names why the youth may not
				// refuse it
				overRefusal = rule.legalBasis();
			}
			else {
				return Decision.allow(rule.consent() ? Decision.Basis.CONSENT : Decision.Basis.RULE, category, purpose,
						version);
			}
		}
		if (overRefusal != null) {
			return Decision.allowOverRefusal(category, purpose, version, overRefusal);
		}
		if (policy.breakGlass() && facts.glassId() != null) {
			return Decision.allow(Decision.Basis.BREAK_GLASS, category, purpose, version);
		}
		String recipient = facts.agencyName() == null ? "" : facts.agencyName();
		if (needConsent) {
			return refused
					? Decision.deny(ErrorCode.YOUTH_REFUSED_SHARING, category, purpose, version, recipient,
							choice.givenOn().toString())
					: Decision.deny(ErrorCode.REQUIRES_YOUTH_CONSENT, category, purpose, version, recipient);
		}
		if (needTeam) {
			return Decision.deny(ErrorCode.ONLY_WHILE_ON_TEAM, category, purpose, version);
		}
		return Decision.deny(ErrorCode.ROLE_NOT_ALLOWED, category, purpose, version);
	}

	/**
	 * The youth's latest active choice about this person or agency that covers the
	 * category and purpose.
	 */
	private static Disclosures.ConsentFact latestConsent(Disclosures.Facts facts, Category category, Purpose purpose,
			LocalDate today) {
		Disclosures.ConsentFact latest = null;
		for (Disclosures.ConsentFact consent : facts.consents()) {
			if (consent.activeOn(today) && consent.covers(category, purpose)) {
				latest = consent;
			}
		}
		return latest;
	}

}
