package org.tandem.status;

import java.util.Locale;

import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/** The closed lists of the status module, read case-insensitively from requests. */
final class StatusValues {

	enum Kind {
		AT_RISK, SUSPECTED, CONFIRMED
	}

	enum Source {
		SCREENING, DISCLOSURE, LAW_ENFORCEMENT, MEDICAL, CAREGIVER, COURT, OTHER
	}

	enum State {
		ACTIVE, RULED_OUT, RESOLVED
	}

	/** Who exploited the youth, or how the exploitation came about. */
	enum IncidentSource {
		THIRD_PARTY_EXPLOITER, SURVIVAL_SEX, FAMILIAL_TRAFFICKING, ONLINE, OTHER
	}

	/** What the exploitation was. */
	enum IncidentKind {
		COMMERCIAL_SEX, STRIPPING_EXOTIC_DANCING, PORNOGRAPHY, OTHER
	}

	private StatusValues() {
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw TandemException.onField(ErrorCode.T7006, field, field, value);
		}
	}
}
