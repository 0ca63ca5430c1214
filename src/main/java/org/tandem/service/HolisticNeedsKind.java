package org.tandem.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.definition.DefinitionCatalogue;
import org.tandem.definition.DefinitionKind;
import org.tandem.definition.DefinitionKind.Succession;
import org.tandem.definition.Definitions;

/**
 * The holistic-needs taxonomy as a kind of definition: checked against {@value #SCHEMA}
 * and {@link HolisticNeedsRules}, the model shipped as {@value #SHIPPED}, one line of
 * versions per county (a county's plans name the codes of the taxonomy it uses now).
 */
@Configuration(proxyBeanMethods = false)
class HolisticNeedsKind {

	static final String SCHEMA = "services/holistic-needs.schema.json";

	static final String SHIPPED = "services/model-holistic-needs.yaml";

	static final DefinitionKind<HolisticNeeds> KIND = DefinitionKind
		.named("holistic-needs", SCHEMA, HolisticNeeds.class, HolisticNeedsRules::check)
		.shipped(SHIPPED)
		.succession(Succession.ASCENDING_PER_COUNTY)
		.build();

	@Bean
	DefinitionCatalogue<HolisticNeeds> holisticNeedsVersions(Definitions definitions) {
		return definitions.register(KIND);
	}

}
