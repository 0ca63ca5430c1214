package org.tandem.service;

import java.util.List;

import org.tandem.service.Provider.PlacementFactors;

/**
 * A provider as a client sends it (the shape of {@link Provider}), read leniently: enum
 * values, ids, numbers and dates as text, so that each bad value is refused on its own
 * field with its own code rather than as unreadable JSON.
 *
 * @param version the version the change was made from (required to change an entry)
 */
public record ProviderInput(String name, Contact intakeContact, Place location, List<String> countiesServed,
		String type, List<ProgramInput> programs, Clients clientsServed, String securityMeasures, String staffTraining,
		String fundingLimitations, String strengths, String barriers, List<String> languages, Counts capacity,
		PlacementFactors placementFactors, Integer version) {

	public record Contact(String name, String email, String phone) {
	}

	public record Place(String address, String city, Boolean confidential) {
	}

	public record ProgramInput(String id, String name, List<String> needs, List<String> components) {
	}

	public record Clients(List<String> systems, String ageMin, String ageMax, List<String> genders) {
	}

	public record Counts(String total, String available, String waitlist, String updatedOn) {
	}

}
