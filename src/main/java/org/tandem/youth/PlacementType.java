package org.tandem.youth;

/**
 * Where a youth lives, by the kinds of placement in the county protocols; shelters by
 * kind.
 */
public enum PlacementType {

	HOME_OF_PARENT, RELATIVE, FOSTER_HOME, INTENSIVE_THERAPEUTIC_FOSTER_HOME,
	/** Short-term residential therapeutic program (the former group home). */
	GROUP_HOME_STRTP, SAFE_HOUSE, SHELTER_EMERGENCY, SHELTER_YOUTH, SHELTER_DOMESTIC_VIOLENCE, SHELTER_HOMELESS,
	TRANSITIONAL_HOUSING, PSYCHIATRIC_HOSPITAL, SUBSTANCE_USE_TREATMENT, JUVENILE_HALL_CAMP, OUT_OF_COUNTY,
	OUT_OF_STATE, OTHER

}
