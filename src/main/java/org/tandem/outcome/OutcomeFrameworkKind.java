package org.tandem.outcome;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.definition.DefinitionCatalogue;
import org.tandem.definition.DefinitionKind;
import org.tandem.definition.DefinitionKind.Succession;
import org.tandem.definition.Definitions;

/**
 * Outcome frameworks as a kind of definition: one line of versions per county (the
 * county's newest import is the framework in use), the model framework shipped with
 * Tandem until the county imports its own.
 */
@Configuration(proxyBeanMethods = false)
class OutcomeFrameworkKind {

	static final DefinitionKind<OutcomeFramework> KIND = DefinitionKind
		.named("outcome-framework", (text, origin) -> FrameworkLoader.load(text))
		.shipped("outcomes/model-outcome-framework.yaml")
		.succession(Succession.ASCENDING_PER_COUNTY)
		.build();

	@Bean
	DefinitionCatalogue<OutcomeFramework> outcomeFrameworkVersions(Definitions definitions) {
		return definitions.register(KIND);
	}

}
