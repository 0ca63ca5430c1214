package org.tandem.screening;

/** Where a screening took place: scores vary with the setting. */
public enum ScreeningSetting {

	HOTLINE, JUVENILE_HALL_INTAKE, EMERGENCY_ROOM, SCHOOL, PLACEMENT, FIELD, OTHER

}
