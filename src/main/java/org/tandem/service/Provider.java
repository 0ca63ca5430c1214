package org.tandem.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tandem.platform.CountyId;

/**
 * One entry of the resource directory: the twelve data points of Holistic Needs IV, with
 * languages, capacity (and the day it was last updated) and, for placement providers, the
 * matching factors of Holistic Needs III.2.
 *
 * @param countyId the county that created the entry and alone may change it
 * @param countiesServed every county that reads the entry (the owner always does)
 * @param editable whether the signed-in person may change it
 */
public record Provider(ProviderId id, CountyId countyId, int version, String name, IntakeContact intakeContact,
		Location location, List<CountyId> countiesServed, ProviderType type, List<Program> programs,
		ClientsServed clientsServed, String securityMeasures, String staffTraining, String fundingLimitations,
		String strengths, String barriers, List<String> languages, Capacity capacity, PlacementFactors placementFactors,
		boolean editable) {

	/** Who takes referrals and intakes. */
	public record IntakeContact(String name, String email, String phone) {
	}

	/**
	 * Where the provider is. A confidential address (a safe house) is a location in the
	 * sense of the disclosure rules: {@code addressWithheld} says it was left out for the
	 * reader.
	 */
	public record Location(String address, String city, boolean confidential, boolean addressWithheld) {

		Location withheld() {
			return new Location(null, city, true, true);
		}
	}

	/**
	 * A program the provider offers, the holistic needs (taxonomy codes) it meets and the
	 * components of a promising program it has.
	 */
	public record Program(ProgramId id, String name, List<String> needs, List<ProgramComponent> components) {

		public Program {
			needs = needs == null ? List.of() : List.copyOf(needs);
			components = components == null ? List.of() : List.copyOf(components);
		}
	}

	/** Whom the provider serves; an age bound not stated is open. */
	public record ClientsServed(List<ProviderSystem> systems, Integer ageMin, Integer ageMax,
			List<ProviderGender> genders) {
	}

	/** Beds or slots, free ones, the waitlist, and the day these were last updated. */
	public record Capacity(Integer total, Integer available, Integer waitlist, LocalDate updatedOn) {

		boolean counts() {
			return total != null || available != null || waitlist != null;
		}

		boolean sameCounts(Capacity other) {
			return other != null && java.util.Objects.equals(total, other.total)
					&& java.util.Objects.equals(available, other.available)
					&& java.util.Objects.equals(waitlist, other.waitlist);
		}
	}

	/**
	 * What to weigh when placing a youth here (Holistic Needs III.2); null is not known.
	 */
	public record PlacementFactors(Boolean caregiversTrained, Boolean exploiterAccessManaged,
			Boolean recruitmentRiskManaged, Boolean sogieAffirming, String note) {

		boolean empty() {
			return caregiversTrained == null && exploiterAccessManaged == null && recruitmentRiskManaged == null
					&& sogieAffirming == null && (note == null || note.isBlank());
		}
	}

	Provider masked() {
		return new Provider(id, countyId, version, name, intakeContact, location.withheld(), countiesServed, type,
				programs, clientsServed, securityMeasures, staffTraining, fundingLimitations, strengths, barriers,
				languages, capacity, placementFactors, editable);
	}

	Provider editable(boolean editable) {
		return new Provider(id, countyId, version, name, intakeContact, location, countiesServed, type, programs,
				clientsServed, securityMeasures, staffTraining, fundingLimitations, strengths, barriers, languages,
				capacity, placementFactors, editable);
	}

}
