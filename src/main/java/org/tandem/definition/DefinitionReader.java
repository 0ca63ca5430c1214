package org.tandem.definition;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * Reads a definition file (YAML or JSON) that counties load as data, whatever its kind.
 * It checks the published JSON Schema, binds the result and then the rules a schema
 * cannot say. Anything wrong is one {@link ErrorCode#DEFINITION_INVALID} carrying every
 * problem, each pointing to its field; nothing else escapes, whatever the input. Uses
 * Jackson 2 (the schema validator's).
 *
 * @param <T> what the definition binds to
 */
public final class DefinitionReader<T> {

	public static final int MAX_BYTES = 1_048_576;

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder().build()).build();

	private final JsonSchema schema;

	private final Class<T> type;

	private final Function<T, List<DefinitionProblem>> rules;

	/**
	 * @param schemaResource classpath location of the JSON Schema
	 * @param rules the checks beyond the schema, run on a definition the schema accepted
	 */
	public DefinitionReader(String schemaResource, Class<T> type, Function<T, List<DefinitionProblem>> rules) {
		this.schema = loadSchema(schemaResource);
		this.type = type;
		this.rules = rules;
	}

	public T read(byte[] definition) {
		List<DefinitionProblem> problems = new ArrayList<>();
		T parsed = null;
		try {
			parsed = parse(definition, problems);
			if (parsed != null) {
				problems.addAll(rules.apply(parsed));
			}
		}
		catch (RuntimeException | StackOverflowError ex) {
			problems.add(new DefinitionProblem("$", "could not be read as YAML or JSON"));
		}
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		return parsed;
	}

	private T parse(byte[] definition, List<DefinitionProblem> problems) {
		if (definition == null || definition.length == 0) {
			problems.add(new DefinitionProblem("$", "the definition is empty"));
			return null;
		}
		if (definition.length > MAX_BYTES) {
			problems.add(new DefinitionProblem("$", "the definition is larger than " + MAX_BYTES + " bytes"));
			return null;
		}
		JsonNode tree;
		try {
			tree = looksLikeJson(definition) ? JSON.readTree(definition) : YAML.readTree(definition);
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			problems.add(new DefinitionProblem("$", location == null ? "not valid YAML or JSON"
					: "not valid YAML or JSON at line " + location.getLineNr() + ", column " + location.getColumnNr()));
			return null;
		}
		catch (IOException ex) {
			problems.add(new DefinitionProblem("$", "could not be read"));
			return null;
		}
		if (tree == null || !tree.isObject()) {
			problems.add(new DefinitionProblem("$", "must be an object (see the schema)"));
			return null;
		}
		Set<ValidationMessage> violations = schema.validate(tree);
		if (!violations.isEmpty()) {
			violations.stream()
				.sorted(Comparator.comparing(ValidationMessage::getMessage))
				.limit(50)
				.forEach(v -> problems.add(new DefinitionProblem(
						v.getInstanceLocation() == null ? "$" : v.getInstanceLocation().toString(), v.getMessage())));
			return null;
		}
		try {
			return JSON.treeToValue(tree, type);
		}
		catch (JacksonException ex) {
			problems.add(new DefinitionProblem("$", "does not match the schema"));
			return null;
		}
	}

	private static boolean looksLikeJson(byte[] definition) {
		for (byte b : definition) {
			if (!Character.isWhitespace(b)) {
				return b == '{' || b == '[';
			}
		}
		return false;
	}

	/**
	 * A definition shipped with Tandem was refused: a bug in the release, so the
	 * application does not start, and the message lists every problem with its field.
	 */
	public static IllegalStateException shippedInvalid(String what, TandemException refusal) {
		StringBuilder problems = new StringBuilder();
		refusal.fieldErrors()
			.forEach(error -> problems.append(System.lineSeparator())
				.append("  ")
				.append(error.field())
				.append(": ")
				.append(error.args().length == 0 ? "" : error.args()[0]));
		return new IllegalStateException("The shipped " + what + " is invalid:" + problems, refusal);
	}

	private static TandemException invalid(List<DefinitionProblem> problems) {
		return TandemException.onFields(ErrorCode.DEFINITION_INVALID,
				problems.stream()
					.map(problem -> TandemException.FieldError.described(problem.field(), ErrorCode.DEFINITION_INVALID,
							problem.message()))
					.toList(),
				problems.size());
	}

	private static JsonSchema loadSchema(String resource) {
		try (InputStream in = DefinitionReader.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing schema " + resource);
			}
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read schema " + resource, ex);
		}
	}

}
