package org.tandem.service;

import org.tandem.platform.CountyId;

/**
 * What a worker looks for in the directory; null is any. A provider that states no
 * genders or systems does not match a search for one; an age bound not stated is open.
 *
 * @param need a holistic need (taxonomy code) one of its programs meets
 * @param county a county it serves
 * @param language a language it works in (any letter case)
 * @param hasCapacity only providers with a free bed or slot
 */
public record DirectorySearch(String need, Integer age, ProviderGender gender, ProviderSystem system, CountyId county,
		String language, boolean hasCapacity) {

	static DirectorySearch any() {
		return new DirectorySearch(null, null, null, null, null, null, false);
	}

}
