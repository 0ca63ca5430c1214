package org.tandem.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

import org.tandem.definition.DefinitionReader;
import org.tandem.platform.ErrorCode;

/**
 * Reads a county protocol (YAML or JSON), checks it against the published schema
 * ({@value #SCHEMA}) and then the rules a schema cannot say ({@link ProtocolRules}), and
 * returns it, unmodifiable. Anything wrong is one {@link ErrorCode#DEFINITION_INVALID}
 * ("definition invalid", shared with instrument definitions) carrying every problem
 * found, each pointing to its field.
 */
public final class ProtocolLoader {

	public static final int MAX_BYTES = DefinitionReader.MAX_BYTES;

	public static final String SCHEMA = "protocols/protocol.schema.json";

	private static final DefinitionReader<Protocol> READER = new DefinitionReader<>(SCHEMA, Protocol.class,
			ProtocolRules::check);

	private ProtocolLoader() {
	}

	public static Protocol load(byte[] definition) {
		return unmodifiable(READER.read(definition));
	}

	public static Protocol load(String definition) {
		return load(definition == null ? null : definition.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A loaded version never changes: its lists and map are copied into unmodifiable
	 * ones.
	 */
	private static Protocol unmodifiable(Protocol protocol) {
		List<Protocol.Tier> tiers = protocol.tiers()
			.stream()
			.map(tier -> new Protocol.Tier(tier.id(), tier.title(), List.copyOf(tier.clocks()),
					List.copyOf(tier.requiredAgencies()), List.copyOf(tier.optionalAgencies())))
			.toList();
		return new Protocol(protocol.id(), protocol.version(), protocol.title(), tiers,
				List.copyOf(protocol.ongoingMdtTriggers()),
				Collections.unmodifiableMap(new LinkedHashMap<>(protocol.leadAgencyByJurisdiction())),
				protocol.confidentialityScript(), protocol.afterCrisis());
	}

}
