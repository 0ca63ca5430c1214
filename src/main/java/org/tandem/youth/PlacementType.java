package org.tandem.youth;

import java.util.Locale;

import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/** Where a youth lives, by the kinds of placement in the county protocols; shelters by kind. */
public enum PlacementType {
	HOME_OF_PARENT, RELATIVE, FOSTER_HOME, INTENSIVE_THERAPEUTIC_FOSTER_HOME,
	/** Short-term residential therapeutic program (the former group home). */
	GROUP_HOME_STRTP, SAFE_HOUSE, SHELTER_EMERGENCY, SHELTER_YOUTH, SHELTER_DOMESTIC_VIOLENCE, SHELTER_HOMELESS,
	TRANSITIONAL_HOUSING, PSYCHIATRIC_HOSPITAL, SUBSTANCE_USE_TREATMENT, JUVENILE_HALL_CAMP, OUT_OF_COUNTY,
	OUT_OF_STATE, OTHER;

	/**
	 * The type named by a client, in any letter case; missing is {@link ErrorCode#T1003}, unknown
	 * {@link ErrorCode#T7006}, both on the given field.
	 */
	static PlacementType parse(String value, String field) {
		if (value == null || value.isBlank()) {
			throw TandemException.onField(ErrorCode.T1003, field, field);
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			// Echo a bounded part only: the value returns in the message.
			String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
			throw TandemException.onField(ErrorCode.T7006, field, field, shown);
		}
	}
}
