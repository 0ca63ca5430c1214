package org.tandem.protocol;

import java.util.List;
import java.util.Map;

import org.tandem.definition.Versioned;

/**
 * A county's interagency protocol as data (one version): the response tiers with their
 * clocks and member agencies, the events that call for an ongoing MDT, the lead agency by
 * jurisdiction, and the confidentiality script read at the start of each meeting. Loaded
 * and validated by {@link ProtocolLoader}; versions never change once loaded.
 *
 * @param leadAgencyByJurisdiction jurisdiction (DEPENDENCY, DELINQUENCY, DUAL_STATUS,
 * NONE, UNKNOWN, and the hotline's CHILD_WELFARE, PROBATION) to agency type
 */
public record Protocol(String id, int version, Text title, List<Tier> tiers, List<String> ongoingMdtTriggers,
		Map<String, String> leadAgencyByJurisdiction, Text confidentialityScript,
		AfterCrisis afterCrisis) implements Versioned {

	/**
	 * What follows an immediate crisis when the protocol says nothing (versions written
	 * before it could): the model MOU's initial MDT, within 10 days of the response's
	 * start.
	 */
	public static final AfterCrisis MODEL_AFTER_CRISIS = new AfterCrisis("RESPONSE_START", 10, "DAYS",
			new Text("First MDT of the crisis team", "Primera reunión del equipo multidisciplinario de la crisis"));

	/**
	 * The team meeting that follows an immediate crisis, so that no crisis ends without
	 * the next meeting on a clock: proposed to the lead agency when the crisis response
	 * starts.
	 *
	 * @param from RESPONSE_START (the clock runs from the identification, like the crisis
	 * clocks) or CRISIS_END (from the deadline of the crisis's last clock, the end of the
	 * 72 hours)
	 * @param unit HOURS, DAYS, BUSINESS_DAYS or MONTHS, as for a clock
	 */
	public record AfterCrisis(String from, int amount, String unit, Text title) {

		/**
		 * The same deadline as a clock, to compute it as the response's clocks are
		 * computed.
		 */
		public Clock clock() {
			return new Clock("after-crisis", title, amount, unit, null);
		}
	}

	/**
	 * What follows an immediate crisis: the protocol's own, or the model's when it states
	 * none.
	 */
	public AfterCrisis followingCrisis() {
		return afterCrisis == null ? MODEL_AFTER_CRISIS : afterCrisis;
	}

	public record Text(String en, String es) {

		/**
		 * The text in the reader's language: Spanish for Spanish readers, English
		 * otherwise.
		 */
		public String in(java.util.Locale locale) {
			return locale != null && "es".equals(locale.getLanguage()) && es != null ? es : en;
		}
	}

	/**
	 * A response tier (IMMEDIATE_CRISIS, INITIAL_MDT, ONGOING_MDT) and what it requires.
	 *
	 * @param requiredAgencies agency types that must be invited
	 * @param optionalAgencies agency types that may be invited
	 */
	public record Tier(String id, Text title, List<Clock> clocks, List<String> requiredAgencies,
			List<String> optionalAgencies) {
	}

	/**
	 * A deadline that starts when the response starts.
	 *
	 * @param amount how many units
	 * @param unit HOURS, DAYS, BUSINESS_DAYS or MONTHS; business days skip Saturdays and
	 * Sundays in the county's time zone; hours run around the clock
	 * @param warnBeforeMinutes when the clock turns amber, before its deadline
	 */
	public record Clock(String name, Text title, int amount, String unit, Integer warnBeforeMinutes) {
	}

	public Tier tier(String id) {
		return tiers.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
	}
}
