package org.tandem.sharing;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.AgencyType;
import org.tandem.county.Role;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Problems;
import org.tandem.platform.Tenancy;
import org.tandem.platform.AgencyId;

/**
 * What pages show instead of a section the decision point refused: the explanation in the
 * reader's language and, where the rules let an emergency open the category, the offer of
 * break-glass access. Also answers, before a list is read, whether the signed-in person
 * could see a category of any youth at all (an analyst, aggregate-only, never can).
 */
@Component
@Transactional
public class Denials {

	/**
	 * A refused section: what it is, why, and whether emergency access may be asked for.
	 */
	public record Denial(UUID youthId, Category category, String code, String message, boolean breakGlass) {
	}

	private final Disclosures disclosures;

	private final DisclosureRulesCatalogue catalogue;

	private final Agencies agencies;

	private final Problems problems;

	Denials(Disclosures disclosures, DisclosureRulesCatalogue catalogue, Agencies agencies, Problems problems) {
		this.disclosures = disclosures;
		this.catalogue = catalogue;
		this.agencies = agencies;
		this.problems = problems;
	}

	/**
	 * Null when the signed-in person may see the category for the current purpose; else
	 * the explained denial.
	 */
	public Denial denial(UUID youthId, Category category) {
		return explain(youthId, disclosures.decide(youthId, category, Purpose.current()));
	}

	/**
	 * For a section of a youth's record: null when the signed-in person may see the
	 * category, otherwise the view that shows, under the section's title, why not (never
	 * a blank section) and the emergency-access form where the rules allow it.
	 */
	public String section(UUID youthId, Category category, String titleKey, org.springframework.ui.Model model) {
		// opening a section is a read: refused, it is audited as such
		Denial denied = explain(youthId,
				disclosures.refusedIfDenied(youthId, disclosures.decide(youthId, category, Purpose.current())));
		if (denied == null) {
			return null;
		}
		model.addAttribute("denial", denied);
		model.addAttribute("deniedTitle", titleKey);
		return "sharing/denied :: section";
	}

	/**
	 * A section of a youth's record: the view {@code allowed} fills in when the signed-in
	 * person may see the category, otherwise the explanation in its place. The model
	 * names the youth either way.
	 */
	public String section(UUID youthId, Category category, String titleKey, org.springframework.ui.Model model,
			java.util.function.Supplier<String> allowed) {
		model.addAttribute("youthId", youthId);
		String denied = section(youthId, category, titleKey, model);
		return denied != null ? denied : allowed.get();
	}

	/** The explanation of a decision (null when it allows). */
	public Denial explain(UUID youthId, Decision decision) {
		if (decision.allowed()) {
			return null;
		}
		boolean glass = catalogue.current().policy(decision.category()).breakGlass()
				&& decision.reason() != ErrorCode.PURPOSE_PROHIBITED && !aggregateOnly();
		return new Denial(youthId, decision.category(), decision.reason().code(),
				problems.message(decision.reason(), decision.messageArgs().toArray()), glass);
	}

	/**
	 * Whether the signed-in person could see this category of some youth for the purpose,
	 * before any youth is read: the purpose not prohibited and one rule naming their
	 * agency type and a role. Team and consent are per youth, decided row by row
	 * afterwards.
	 */
	@Transactional(readOnly = true)
	public Decision eligible(Category category, Purpose purpose) {
		DisclosureRules rules = catalogue.current();
		CountyMember me = Tenancy.currentMember().orElse(null);
		DisclosureRules.Policy policy = rules.policy(category);
		if (policy.prohibited().contains(purpose)) {
			return Decision.deny(ErrorCode.PURPOSE_PROHIBITED, category, purpose, rules.version(),
					Decision.purposeText(purpose));
		}
		if (me != null) {
			AgencyType type = me.agencyId() == null ? null
					: agencies.findById(AgencyId.of(me.agencyId())).map(Agency::type).orElse(null);
			for (DisclosureRules.Rule rule : policy.rules()) {
				if (rule.matches(type, me.roleNames(), rules.aggregateOnlyRoles(), purpose)) {
					return Decision.allow(Decision.Basis.RULE, category, purpose, rules.version());
				}
			}
		}
		return Decision.deny(ErrorCode.ROLE_NOT_ALLOWED, category, purpose, rules.version());
	}

	/**
	 * Whether the signed-in person sees aggregates only (an analyst): no individual
	 * youth, not even in an emergency.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS) // no
																									// database
																									// read
	public boolean aggregateOnly() {
		return Tenancy.currentMember()
			.map(me -> !me.roleNames().isEmpty() && me.roleNames().stream().allMatch(Role.ANALYST.name()::equals))
			.orElse(true);
	}

}
