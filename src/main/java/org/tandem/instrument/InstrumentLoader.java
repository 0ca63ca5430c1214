package org.tandem.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Reads a definition (YAML or JSON), checks it against the published schema and then the rules a
 * schema cannot say (references, unique ids, thresholds that partition the scores), and compiles
 * it. Anything wrong is one {@link ErrorCode#T5001} carrying every problem found, each pointing
 * to its field; nothing else escapes, whatever the input.
 */
public final class InstrumentLoader {

	public static final int MAX_BYTES = 1_048_576;

	public static final String SCHEMA = "instruments/instrument.schema.json";

	private static final JsonSchema SCHEMA_VALIDATOR = loadSchema();

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder().build()).build();

	private InstrumentLoader() {
	}

	public static Instrument load(byte[] definition) {
		List<InstrumentProblem> problems = new ArrayList<>();
		InstrumentDefinition parsed = null;
		try {
			parsed = parse(definition, problems);
		}
		catch (RuntimeException | StackOverflowError ex) {
			problems.add(new InstrumentProblem("$", "could not be read as YAML or JSON"));
		}
		if (parsed != null) {
			problems.addAll(InstrumentRules.check(parsed));
		}
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		return new Instrument(parsed);
	}

	public static Instrument load(String definition) {
		return load(definition.getBytes(StandardCharsets.UTF_8));
	}

	private static InstrumentDefinition parse(byte[] definition, List<InstrumentProblem> problems) {
		if (definition == null || definition.length == 0) {
			problems.add(new InstrumentProblem("$", "the definition is empty"));
			return null;
		}
		if (definition.length > MAX_BYTES) {
			problems.add(new InstrumentProblem("$", "the definition is larger than " + MAX_BYTES + " bytes"));
			return null;
		}
		JsonNode tree;
		try {
			tree = looksLikeJson(definition) ? JSON.readTree(definition) : YAML.readTree(definition);
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			problems.add(new InstrumentProblem("$", location == null ? "not valid YAML or JSON"
					: "not valid YAML or JSON at line " + location.getLineNr() + ", column " + location.getColumnNr()));
			return null;
		}
		catch (IOException ex) {
			problems.add(new InstrumentProblem("$", "could not be read"));
			return null;
		}
		if (tree == null || !tree.isObject()) {
			problems.add(new InstrumentProblem("$", "must be an object with id, version, title, ..."));
			return null;
		}
		Set<ValidationMessage> violations = SCHEMA_VALIDATOR.validate(tree);
		if (!violations.isEmpty()) {
			violations.stream()
				.sorted(Comparator.comparing(ValidationMessage::getMessage))
				.limit(50)
				.forEach(v -> problems.add(new InstrumentProblem(path(v), v.getMessage())));
			return null;
		}
		try {
			return JSON.treeToValue(tree, InstrumentDefinition.class);
		}
		catch (JacksonException ex) {
			problems.add(new InstrumentProblem("$", "does not match the schema"));
			return null;
		}
	}

	private static String path(ValidationMessage violation) {
		return violation.getInstanceLocation() == null ? "$" : violation.getInstanceLocation().toString();
	}

	private static boolean looksLikeJson(byte[] definition) {
		for (byte b : definition) {
			if (!Character.isWhitespace(b)) {
				return b == '{' || b == '[';
			}
		}
		return false;
	}

	static TandemException invalid(List<InstrumentProblem> problems) {
		return TandemException.onFields(ErrorCode.T5001, problems.stream()
			.map(problem -> TandemException.FieldError.described(problem.field(), ErrorCode.T5001, problem.message()))
			.toList(), problems.size());
	}

	private static JsonSchema loadSchema() {
		try (InputStream in = InstrumentLoader.class.getClassLoader().getResourceAsStream(SCHEMA)) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The instrument schema is part of Tandem", ex);
		}
	}
}
