package org.tandem.youth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A youth's identity record. */
public record Youth(UUID countyId, UUID id, String firstName, String middleName, String lastName, String preferredName,
		List<String> aliases, LocalDate dateOfBirth, Jurisdiction jurisdiction, Set<RaceEthnicity> raceEthnicity,
		String genderIdentity, String sexualOrientation, String pronouns, List<String> languages,
		String safeContactNote, Set<UUID> agencyIds, Instant createdAt, Instant updatedAt, int version) {

	/** The name to use with the youth: their preferred first name when they gave one. */
	public String displayName() {
		return (preferredName != null && !preferredName.isBlank() ? preferredName : firstName) + " " + lastName;
	}

	public String legalName() {
		return firstName + (middleName == null || middleName.isBlank() ? "" : " " + middleName) + " " + lastName;
	}

	public int ageOn(LocalDate day) {
		return Period.between(dateOfBirth, day).getYears();
	}
}
