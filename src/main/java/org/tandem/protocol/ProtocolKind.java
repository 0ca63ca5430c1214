package org.tandem.protocol;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.definition.DefinitionCatalogue;
import org.tandem.definition.DefinitionKind;
import org.tandem.definition.DefinitionKind.Succession;
import org.tandem.definition.Definitions;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * County protocols as a kind of definition: read by {@link ProtocolLoader}, the model
 * shipped as {@value ProtocolCatalogue#SHIPPED}, each protocol's versions only going up
 * (a new one is above the newest the county can see, the shipped model included), refused
 * and missed with the protocol codes.
 */
@Configuration(proxyBeanMethods = false)
class ProtocolKind {

	static final DefinitionKind<Protocol> KIND = DefinitionKind
		.named("protocol", (text, origin) -> ProtocolLoader.load(text))
		.shipped(ProtocolCatalogue.SHIPPED)
		.succession(Succession.ASCENDING_PER_ID)
		.existing((id, version) -> new TandemException(ErrorCode.PROTOCOL_VERSION_EXISTS, id, version))
		.notNewer((protocol, newest) -> TandemException.onField(ErrorCode.PROTOCOL_VERSION_NOT_HIGHER, "$.version",
				protocol.id(), protocol.version(), newest))
		.notFound((id, version) -> new TandemException(ErrorCode.PROTOCOL_VERSION_NOT_FOUND, id, version))
		.build();

	@Bean
	DefinitionCatalogue<Protocol> protocolVersions(Definitions definitions) {
		return definitions.register(KIND);
	}

}
