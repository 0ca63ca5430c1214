package org.tandem.outcome;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.definition.DefinitionCatalogue;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * The outcome framework a county uses now (its newest import, else the model shipped with
 * Tandem), and the administrator's import of a new version.
 */
@Service
@Transactional
public class OutcomeFrameworks {

	private final DefinitionCatalogue<OutcomeFramework> versions;

	private final Clock clock;

	OutcomeFrameworks(DefinitionCatalogue<OutcomeFramework> versions, Clock clock) {
		this.versions = versions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public OutcomeFramework current() {
		return versions.current();
	}

	/**
	 * A measure of the current framework, or {@link ErrorCode#OUTCOME_MEASURE_UNKNOWN} on
	 * the field.
	 */
	@Transactional(readOnly = true)
	public Measure measure(String measureId, String field) {
		if (measureId == null || measureId.isBlank()) {
			throw TandemException.onField(ErrorCode.INVALID_PARAMETER, field, field);
		}
		return current().measure(measureId.strip())
			.orElseThrow(() -> TandemException.onField(ErrorCode.OUTCOME_MEASURE_UNKNOWN, field,
					measureId.length() > 80 ? measureId.substring(0, 80) : measureId));
	}

	OutcomeFramework importFramework(byte[] text, UUID importedBy) {
		return versions.importVersion(text, importedBy, clock.instant());
	}

}
