package org.tandem.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tandem.definition.DefinitionProblem;
import org.tandem.protocol.Protocol.Clock;
import org.tandem.protocol.Protocol.Tier;

/** The rules of a protocol that the schema cannot state. */
final class ProtocolRules {

	/** The tiers every protocol states, each exactly once. */
	static final List<String> TIERS = List.of("IMMEDIATE_CRISIS", "INITIAL_MDT", "ONGOING_MDT");

	/** The jurisdictions every protocol names a lead agency for. */
	static final List<String> JURISDICTIONS = List.of("DEPENDENCY", "DELINQUENCY", "DUAL_STATUS", "NONE", "UNKNOWN",
			"CHILD_WELFARE", "PROBATION");

	private ProtocolRules() {
	}

	static List<DefinitionProblem> check(Protocol protocol) {
		List<DefinitionProblem> problems = new ArrayList<>();
		Map<String, Integer> tierAt = new HashMap<>();
		for (int t = 0; t < protocol.tiers().size(); t++) {
			Tier tier = protocol.tiers().get(t);
			String at = "$.tiers[" + t + "]";
			Integer first = tierAt.putIfAbsent(tier.id(), t);
			if (first != null) {
				problems.add(new DefinitionProblem(at + ".id", "repeats the tier " + tier.id() + " (already at $.tiers["
						+ first + "]); state each tier once"));
			}
			checkTier(tier, at, problems);
		}
		for (String tier : TIERS) {
			if (!tierAt.containsKey(tier)) {
				problems.add(new DefinitionProblem("$.tiers", "has no " + tier
						+ " tier; a protocol states all three: IMMEDIATE_CRISIS, INITIAL_MDT and ONGOING_MDT"));
			}
		}
		for (String jurisdiction : JURISDICTIONS) {
			if (!protocol.leadAgencyByJurisdiction().containsKey(jurisdiction)) {
				problems.add(new DefinitionProblem("$.leadAgencyByJurisdiction." + jurisdiction,
						"is missing: name the agency type that leads when the jurisdiction is " + jurisdiction));
			}
		}
		return problems;
	}

	private static void checkTier(Tier tier, String at, List<DefinitionProblem> problems) {
		Set<String> names = new HashSet<>();
		for (int c = 0; c < tier.clocks().size(); c++) {
			Clock clock = tier.clocks().get(c);
			String clockAt = at + ".clocks[" + c + "]";
			if (!names.add(clock.name())) {
				problems.add(new DefinitionProblem(clockAt + ".name",
						"repeats the clock name '" + clock.name() + "' in this tier"));
			}
			long nominal = nominalMinutes(clock);
			if (clock.warnBeforeMinutes() != null && clock.warnBeforeMinutes() >= nominal) {
				problems.add(new DefinitionProblem(clockAt + ".warnBeforeMinutes",
						"is " + clock.warnBeforeMinutes() + " minutes, not less than the clock itself ("
								+ clock.amount() + " " + clock.unit() + ", at least " + nominal
								+ " minutes): the clock would be amber from the start"));
			}
		}
		if ("ONGOING_MDT".equals(tier.id()) && tier.clocks().isEmpty()) {
			problems.add(new DefinitionProblem(at + ".clocks",
					"is empty: the ongoing MDT needs at least one clock, its regular interval (for example 1 MONTHS)"));
		}
		Set<String> required = new HashSet<>(tier.requiredAgencies());
		for (int a = 0; a < tier.optionalAgencies().size(); a++) {
			String agency = tier.optionalAgencies().get(a);
			if (required.contains(agency)) {
				problems.add(new DefinitionProblem(at + ".optionalAgencies[" + a + "]", agency
						+ " is already a required agency of this tier; an agency is required or optional, not both"));
			}
		}
	}

	/**
	 * The shortest a clock can run, in minutes: hours run around the clock; a business
	 * day is at least a day, a month at least 28 days, and calendar units keep the
	 * wall-clock time, so a daylight-saving change can take an hour off. (The schema caps
	 * the amount: no overflow.)
	 */
	private static long nominalMinutes(Clock clock) {
		long amount = clock.amount();
		return switch (clock.unit()) {
			case "HOURS" -> amount * 60;
			case "DAYS", "BUSINESS_DAYS" -> amount * 24 * 60 - 60;
			case "MONTHS" -> amount * 28 * 24 * 60 - 60;
			default -> Long.MAX_VALUE;
		};
	}

}
