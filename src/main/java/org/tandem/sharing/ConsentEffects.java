package org.tandem.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.AgencyType;
import org.tandem.county.Role;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.platform.AgencyId;
import org.tandem.platform.UserId;

/**
 * What one of the youth's choices will do under the county's rules, worked out before it
 * is saved and told to the person who records it: a refusal the rules let the youth make
 * stops sharing at once; one they do not (a rule names the legal basis) is recorded only
 * once the worker confirms having told the youth; a consent to an agency that is not on
 * the youth's team gives nothing until it joins, and supervisors may add it with the
 * consent.
 */
@Component
class ConsentEffects {

	/** Who a choice is about: an agency, or one person (with their agency and roles). */
	record Recipient(UUID agencyId, String name, AgencyType type, Set<String> roles) {

		boolean person() {
			return !roles.isEmpty();
		}
	}

	private final DisclosureRulesCatalogue catalogue;

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final YouthRows youth;

	private final MessageSource messages;

	ConsentEffects(DisclosureRulesCatalogue catalogue, Agencies agencies, UserAccounts accounts, YouthRows youth,
			MessageSource messages) {
		this.catalogue = catalogue;
		this.agencies = agencies;
		this.accounts = accounts;
		this.youth = youth;
		this.messages = messages;
	}

	Recipient recipient(UUID agencyId, UUID userId) {
		if (agencyId != null) {
			Agency agency = agencies.findById(AgencyId.of(agencyId))
				.orElseThrow(() -> TandemException.onField(ErrorCode.CONSENT_RECIPIENT_UNKNOWN, "recipientAgencyId"));
			return new Recipient(agency.id(), agency.name(), agency.type(), Set.of());
		}
		UserAccount user = accounts.findById(UserId.of(userId))
			.orElseThrow(() -> TandemException.onField(ErrorCode.CONSENT_RECIPIENT_UNKNOWN, "recipientUserId"));
		Agency agency = user.agencyId() == null ? null : agencies.findById(AgencyId.of(user.agencyId())).orElse(null);
		return new Recipient(agency == null ? null : agency.id(), user.displayName(),
				agency == null ? null : agency.type(),
				user.roles().stream().map(Role::name).collect(Collectors.toSet()));
	}

	/**
	 * The categories the rules share with the recipient without consent (by rule) and
	 * that the youth may not refuse: each with the legal basis the rule names.
	 */
	Map<Category, String> notRefusable(Recipient recipient, List<Category> categories, List<Purpose> purposes) {
		Map<Category, String> bases = new LinkedHashMap<>();
		for (Category category : categories) {
			for (DisclosureRules.Rule rule : rules(recipient, category, purposes)) {
				if (!rule.consent() && !rule.youthMayRefuse()) {
					bases.putIfAbsent(category, rule.legalBasis());
				}
			}
		}
		return bases;
	}

	/**
	 * The categories the rules share with the recipient without consent (by rule),
	 * refusable or not.
	 */
	List<Category> byRule(Recipient recipient, List<Category> categories, List<Purpose> purposes) {
		return categories.stream()
			.filter(c -> rules(recipient, c, purposes).stream().anyMatch(r -> !r.consent()))
			.toList();
	}

	/**
	 * What a consent given to the recipient does for the team: applies now, needs the
	 * agency on the team first (which a supervisor may do with it), or nothing the rules
	 * allow.
	 */
	Consent.Outcome given(UUID youthId, Recipient recipient, List<Category> categories, List<Purpose> purposes,
			boolean addToTeam, Runnable join) {
		List<String> said = new ArrayList<>();
		List<Category> never = categories.stream().filter(c -> rules(recipient, c, purposes).isEmpty()).toList();
		if (!never.isEmpty()) {
			said.add(say("sharing.outcome.notShared", names(never), recipient.name()));
		}
		List<Category> byRule = byRule(recipient, categories, purposes);
		if (!byRule.isEmpty()) {
			said.add(say("sharing.outcome.byRule", names(byRule), recipient.name()));
		}
		boolean needsTeam = categories.stream()
			.flatMap(c -> rules(recipient, c, purposes).stream())
			.anyMatch(rule -> rule.consent() && rule.onTeam());
		String team;
		String agencyName = recipient.agencyId() == null ? recipient.name()
				: agencies.findById(AgencyId.of(recipient.agencyId())).map(Agency::name).orElse(recipient.name());
		if (!needsTeam || recipient.agencyId() == null || youth.onTeam(youthId, recipient.agencyId())) {
			team = needsTeam ? "APPLIES_NOW" : null;
		}
		else if (!maySupervise()) {
			team = "NEEDS_SUPERVISOR";
		}
		else if (addToTeam) {
			join.run();
			team = "JOINED_TEAM";
		}
		else {
			team = "NOT_ON_TEAM";
		}
		if (team != null) {
			said.add(0, say("sharing.outcome." + team, agencyName));
		}
		return new Consent.Outcome(team, List.copyOf(said), never);
	}

	/**
	 * What a refusal does: stops what it can at once; what the law shares anyway, with
	 * its basis.
	 */
	Consent.Outcome refused(Recipient recipient, List<Category> categories, List<Purpose> purposes,
			Map<Category, String> bases) {
		List<String> said = new ArrayList<>();
		List<Category> stopped = byRule(recipient, categories, purposes).stream()
			.filter(c -> !bases.containsKey(c))
			.toList();
		if (!stopped.isEmpty()) {
			said.add(say("sharing.outcome.refusalStops", names(stopped), recipient.name()));
		}
		bases.forEach((category, basis) -> said
			.add(say("sharing.outcome.refusalOverridden", names(List.of(category)), recipient.name(), basis)));
		return new Consent.Outcome(null, List.copyOf(said), List.of());
	}

	/**
	 * The 409 that comes before saving a refusal the youth may not make stop everything.
	 */
	TandemException mayNotRefuse(Recipient recipient, Map<Category, String> bases) {
		String listed = bases.entrySet()
			.stream()
			.map(e -> names(List.of(e.getKey())) + ": " + e.getValue())
			.collect(Collectors.joining(" "));
		Map<String, String> byName = new LinkedHashMap<>();
		bases.forEach((category, basis) -> byName.put(category.name(), basis));
		return TandemException
			.onField(ErrorCode.YOUTH_MAY_NOT_REFUSE, "acknowledgeLegalBasis", recipient.name(), listed)
			.with(Map.of("legalBases", byName));
	}

	String say(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** Whether the signed-in person may put an agency on a youth's team (as by hand). */
	static boolean maySupervise() {
		return Tenancy.currentMember()
			.map(me -> me.roleNames().contains(Role.SUPERVISOR.name())
					|| me.roleNames().contains(Role.COUNTY_ADMIN.name()))
			.orElse(false);
	}

	private String names(List<Category> categories) {
		return categories.stream()
			.map(c -> messages.getMessage("sharing.category." + c.name(), null, c.name(),
					LocaleContextHolder.getLocale()))
			.collect(Collectors.joining(", "));
	}

	/**
	 * The rules of the category that concern the recipient for one of the purposes (all
	 * purposes the category does not prohibit, when none are named): for an agency, the
	 * rules about its type as a whole; for a person, also those naming one of their
	 * roles.
	 */
	private List<DisclosureRules.Rule> rules(Recipient recipient, Category category, List<Purpose> purposes) {
		DisclosureRules rules = catalogue.current();
		DisclosureRules.Policy policy = rules.policy(category);
		Set<Purpose> wanted = purposes == null ? null : Set.copyOf(purposes);
		return policy.rules().stream().filter(rule -> {
			boolean serves = rule.purposes()
				.stream()
				.anyMatch(p -> !policy.prohibited().contains(p) && (wanted == null || wanted.contains(p)));
			if (!serves) {
				return false;
			}
			if (!recipient.person()) {
				return rule.concernsAgency(recipient.type(), wanted);
			}
			return rule.purposes()
				.stream()
				.anyMatch(p -> rule.matches(recipient.type(), recipient.roles(), rules.aggregateOnlyRoles(), p));
		}).toList();
	}

}
