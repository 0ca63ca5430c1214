package org.tandem.outcome;

import java.util.List;

import org.tandem.definition.DefinitionReader;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.TandemException.FieldError;

/**
 * Reads an outcome framework (YAML or JSON): the published schema first, then
 * {@link FrameworkRules}. Anything wrong is one {@link ErrorCode#DEFINITION_INVALID}
 * listing every problem on its field, each with its own code.
 */
final class FrameworkLoader {

	static final String SCHEMA = "outcomes/outcome-framework.schema.json";

	private static final DefinitionReader<OutcomeFramework> READER = new DefinitionReader<>(SCHEMA,
			OutcomeFramework.class, framework -> List.of());

	private FrameworkLoader() {
	}

	static OutcomeFramework load(byte[] text) {
		OutcomeFramework framework = READER.read(text);
		List<FieldError> problems = FrameworkRules.check(framework);
		if (!problems.isEmpty()) {
			throw TandemException.onFields(ErrorCode.DEFINITION_INVALID, problems, problems.size());
		}
		return framework;
	}

}
