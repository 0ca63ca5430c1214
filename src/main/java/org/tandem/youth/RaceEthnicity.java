package org.tandem.youth;

/**
 * Self-identified race and ethnicity; several may be chosen. There is deliberately no
 * "other": a youth is asked, and "declined" records that they chose not to say.
 */
public enum RaceEthnicity {

	AMERICAN_INDIAN_ALASKA_NATIVE, ASIAN, BLACK_AFRICAN_AMERICAN, HISPANIC_LATINO, MIDDLE_EASTERN_NORTH_AFRICAN,
	NATIVE_HAWAIIAN_PACIFIC_ISLANDER, WHITE, DECLINED

}
