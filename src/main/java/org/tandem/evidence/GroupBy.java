package org.tandem.evidence;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/** The subgroups a validation can be broken down by. */
public enum GroupBy {

	/** The youth's age on the day of the screening. */
	AGE_BAND,
	/** The type of the agency that submitted the screening. */
	AGENCY_TYPE,
	/**
	 * The youth's race or ethnicity as recorded: one value, {@code MULTIPLE} for more
	 * than one, {@code DECLINED}, or {@code UNKNOWN} when nothing is recorded.
	 */
	RACE_ETHNICITY,
	/**
	 * The youth's gender identity in their own words (trimmed, lower case), or
	 * {@code UNKNOWN}.
	 */
	GENDER_IDENTITY;

	String groupOf(ValidationRecords.ScreeningRow row) {
		return switch (this) {
			case AGE_BAND -> ageBand(row.dateOfBirth(), row.screenedOn());
			case AGENCY_TYPE -> row.agencyType() == null ? "UNKNOWN" : row.agencyType();
			case RACE_ETHNICITY -> raceEthnicity(row.raceEthnicity());
			case GENDER_IDENTITY -> row.genderIdentity() == null || row.genderIdentity().isBlank() ? "UNKNOWN"
					: row.genderIdentity().strip().toLowerCase(Locale.ROOT);
		};
	}

	static String raceEthnicity(List<String> recorded) {
		if (recorded == null || recorded.isEmpty()) {
			return "UNKNOWN";
		}
		return recorded.size() == 1 ? recorded.get(0) : "MULTIPLE";
	}

	/**
	 * Bands as screening guidance speaks of youth: under 12, 12-14, 15-17, 18 and over.
	 */
	static String ageBand(LocalDate born, LocalDate on) {
		if (born == null) {
			return "UNKNOWN";
		}
		int age = Period.between(born, on).getYears();
		if (age < 12) {
			return "UNDER_12";
		}
		if (age < 15) {
			return "12_14";
		}
		return age < 18 ? "15_17" : "18_AND_OVER";
	}

}
