package org.tandem.instrument;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.definition.DefinitionCatalogue;
import org.tandem.definition.DefinitionKind;
import org.tandem.definition.Definitions;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * Instruments as a kind of definition: read by {@link InstrumentLoader}, shipped in
 * {@code instruments/builtin/}, imported by a county in any order (it may license an
 * older edition after a newer one), refused and missed with the instrument codes.
 */
@Configuration(proxyBeanMethods = false)
class InstrumentKind {

	static final DefinitionKind<Instrument> KIND = DefinitionKind
		.named("instrument", (text, origin) -> InstrumentLoader.load(text))
		.shipped("classpath:instruments/builtin/*.yaml")
		.existing((id, version) -> new TandemException(ErrorCode.INSTRUMENT_VERSION_EXISTS, id, version))
		.notFound((id, version) -> new TandemException(ErrorCode.INSTRUMENT_NOT_FOUND, id, version))
		.build();

	@Bean
	DefinitionCatalogue<Instrument> instrumentVersions(Definitions definitions) {
		return definitions.register(KIND);
	}

}
