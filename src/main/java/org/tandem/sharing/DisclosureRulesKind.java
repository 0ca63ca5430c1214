package org.tandem.sharing;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.definition.DefinitionCatalogue;
import org.tandem.definition.DefinitionKind;
import org.tandem.definition.DefinitionKind.Succession;
import org.tandem.definition.Definitions;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * Disclosure rules as a kind of definition: read by {@link DisclosureRulesLoader} (the
 * origin, "shipped" or "county", is part of the compiled rules), one line of versions per
 * county whatever the id, each above the county's newest import
 * ({@link ErrorCode#DISCLOSURE_RULES_VERSION_NOT_NEWER} otherwise). The decision point
 * asks for the rules in force on every request, so which version is newest is served from
 * memory and asked of the database again at most every {@link #RECHECK}: an import on
 * this instance takes effect at once, one on another instance within that time.
 */
@Configuration(proxyBeanMethods = false)
class DisclosureRulesKind {

	static final Duration RECHECK = Duration.ofSeconds(30);

	static final DefinitionKind<DisclosureRules> KIND = DefinitionKind
		.named("disclosure-rules",
				(text, origin) -> DisclosureRulesLoader.load(text, origin.name().toLowerCase(Locale.ROOT)))
		.shipped(DisclosureRulesCatalogue.SHIPPED)
		.succession(Succession.ASCENDING_PER_COUNTY)
		.recheckNewestEvery(RECHECK)
		.existing((id, version) -> TandemException.onField(ErrorCode.DISCLOSURE_RULES_VERSION_NOT_NEWER, "version",
				version))
		.notNewer((rules, newest) -> TandemException.onField(ErrorCode.DISCLOSURE_RULES_VERSION_NOT_NEWER, "version",
				newest))
		.build();

	@Bean
	DefinitionCatalogue<DisclosureRules> disclosureRulesVersions(Definitions definitions) {
		return definitions.register(KIND);
	}

}
