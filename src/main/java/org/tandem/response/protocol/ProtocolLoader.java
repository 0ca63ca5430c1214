package org.tandem.response.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Reads a county protocol (YAML or JSON), checks it against the published schema
 * ({@value #SCHEMA}) and then the rules a schema cannot say ({@link ProtocolRules}), and returns
 * it, unmodifiable. Anything wrong is one {@link ErrorCode#T5001} ("definition invalid", shared with
 * instrument definitions) carrying every problem found, each pointing to its field; nothing else
 * escapes, whatever the input. Works like {@code org.tandem.instrument.InstrumentLoader}.
 */
public final class ProtocolLoader {

	public static final int MAX_BYTES = 1_048_576;

	public static final String SCHEMA = "protocols/protocol.schema.json";

	private static final JsonSchema SCHEMA_VALIDATOR = loadSchema();

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder().build()).build();

	private ProtocolLoader() {
	}

	public static Protocol load(byte[] definition) {
		List<ProtocolProblem> problems = new ArrayList<>();
		Protocol parsed = null;
		try {
			parsed = parse(definition, problems);
		}
		catch (RuntimeException | StackOverflowError ex) {
			problems.add(new ProtocolProblem("$", "could not be read as YAML or JSON"));
		}
		if (parsed != null) {
			problems.addAll(ProtocolRules.check(parsed));
		}
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		return unmodifiable(parsed);
	}

	public static Protocol load(String definition) {
		return load(definition == null ? null : definition.getBytes(StandardCharsets.UTF_8));
	}

	private static Protocol parse(byte[] definition, List<ProtocolProblem> problems) {
		if (definition == null || definition.length == 0) {
			problems.add(new ProtocolProblem("$", "the protocol is empty"));
			return null;
		}
		if (definition.length > MAX_BYTES) {
			problems.add(new ProtocolProblem("$", "the protocol is larger than " + MAX_BYTES + " bytes"));
			return null;
		}
		JsonNode tree;
		try {
			tree = looksLikeJson(definition) ? JSON.readTree(definition) : YAML.readTree(definition);
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			problems.add(new ProtocolProblem("$", location == null ? "not valid YAML or JSON"
					: "not valid YAML or JSON at line " + location.getLineNr() + ", column " + location.getColumnNr()));
			return null;
		}
		catch (IOException ex) {
			problems.add(new ProtocolProblem("$", "could not be read"));
			return null;
		}
		if (tree == null || !tree.isObject()) {
			problems.add(new ProtocolProblem("$", "must be an object with id, version, title, tiers, ..."));
			return null;
		}
		Set<ValidationMessage> violations = SCHEMA_VALIDATOR.validate(tree);
		if (!violations.isEmpty()) {
			violations.stream()
				.sorted(Comparator.comparing(ValidationMessage::getMessage))
				.limit(50)
				.forEach(v -> problems.add(new ProtocolProblem(path(v), v.getMessage())));
			return null;
		}
		try {
			return JSON.treeToValue(tree, Protocol.class);
		}
		catch (JacksonException ex) {
			problems.add(new ProtocolProblem("$", "does not match the schema"));
			return null;
		}
	}

	/** A loaded version never changes: its lists and map are copied into unmodifiable ones. */
	private static Protocol unmodifiable(Protocol protocol) {
		List<Protocol.Tier> tiers = protocol.tiers()
			.stream()
			.map(tier -> new Protocol.Tier(tier.id(), tier.title(), List.copyOf(tier.clocks()),
					List.copyOf(tier.requiredAgencies()), List.copyOf(tier.optionalAgencies())))
			.toList();
		return new Protocol(protocol.id(), protocol.version(), protocol.title(), tiers,
				List.copyOf(protocol.ongoingMdtTriggers()),
				Collections.unmodifiableMap(new LinkedHashMap<>(protocol.leadAgencyByJurisdiction())),
				protocol.confidentialityScript());
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

	static TandemException invalid(List<ProtocolProblem> problems) {
		return TandemException.onFields(ErrorCode.T5001, problems.stream()
			.map(problem -> TandemException.FieldError.described(problem.field(), ErrorCode.T5001, problem.message()))
			.toList(), problems.size());
	}

	private static JsonSchema loadSchema() {
		try (InputStream in = ProtocolLoader.class.getClassLoader().getResourceAsStream(SCHEMA)) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The protocol schema is part of Tandem", ex);
		}
	}
}
