package org.tandem.instrument;

import java.nio.charset.StandardCharsets;

import org.tandem.definition.DefinitionReader;
import org.tandem.platform.ErrorCode;

/**
 * Reads an instrument definition (YAML or JSON), checks it against the published schema
 * and then the rules a schema cannot say ({@link InstrumentRules}: references, unique
 * ids, thresholds that partition the scores), and compiles it. Anything wrong is one
 * {@link ErrorCode#DEFINITION_INVALID} carrying every problem found, each pointing to its
 * field.
 */
public final class InstrumentLoader {

	public static final int MAX_BYTES = DefinitionReader.MAX_BYTES;

	public static final String SCHEMA = "instruments/instrument.schema.json";

	private static final DefinitionReader<InstrumentDefinition> READER = new DefinitionReader<>(SCHEMA,
			InstrumentDefinition.class, InstrumentRules::check);

	private InstrumentLoader() {
	}

	public static Instrument load(byte[] definition) {
		return new Instrument(READER.read(definition));
	}

	public static Instrument load(String definition) {
		return load(definition == null ? null : definition.getBytes(StandardCharsets.UTF_8));
	}

}
