package org.tandem.service;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.definition.DefinitionCatalogue;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.service.HolisticNeeds.Need;

/**
 * The holistic-needs taxonomy the county uses now: its newest import, else the model
 * shipped with Tandem.
 */
@Service
@Transactional(readOnly = true)
public class ServiceNeeds {

	private final DefinitionCatalogue<HolisticNeeds> versions;

	ServiceNeeds(DefinitionCatalogue<HolisticNeeds> versions) {
		this.versions = versions;
	}

	public HolisticNeeds current() {
		return versions.current();
	}

	/**
	 * The need of the current taxonomy, or {@link ErrorCode#SERVICE_NEED_UNKNOWN} on the
	 * field.
	 */
	Need require(HolisticNeeds taxonomy, String code, String field) {
		return taxonomy.need(code)
			.orElseThrow(() -> TandemException.onField(ErrorCode.SERVICE_NEED_UNKNOWN, field, field));
	}

	/** What the API answers: the version and each need. */
	record View(String id, int version, List<NeedView> needs) {
	}

	record NeedView(String code, org.tandem.instrument.Text title, String parent, String category) {
	}

	View view() {
		HolisticNeeds taxonomy = current();
		return new View(taxonomy.id(), taxonomy.version(),
				taxonomy.needs()
					.stream()
					.map(need -> new NeedView(need.code(), need.title(), need.parent(), need.category().name()))
					.toList());
	}

}
