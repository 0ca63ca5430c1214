package org.tandem.sharing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.tandem.definition.DefinitionReader;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Texts;

/**
 * Reads a county's disclosure rules (YAML or JSON), checks them against the published
 * schema ({@value #SCHEMA}) and the rules a schema cannot say
 * ({@link DisclosureRulesCheck}). Anything wrong is one
 * {@link ErrorCode#DEFINITION_INVALID} carrying every problem, each pointing to its
 * field.
 */
public final class DisclosureRulesLoader {

	public static final String SCHEMA = "sharing/disclosure-rules.schema.json";

	private static final DefinitionReader<RulesFile> READER = new DefinitionReader<>(SCHEMA, RulesFile.class,
			file -> DisclosureRulesCheck.check(normalised(file)));

	private DisclosureRulesLoader() {
	}

	/**
	 * The file's rules, compiled; {@code origin} says where they come from ("county",
	 * "shipped").
	 */
	static DisclosureRules load(byte[] definition, String origin) {
		return DisclosureRules.of(normalised(READER.read(definition)), origin);
	}

	static DisclosureRules load(String definition, String origin) {
		return load(definition == null ? null : definition.getBytes(StandardCharsets.UTF_8), origin);
	}

	/** Lists left out are empty, and nothing can change afterwards. */
	static RulesFile normalised(RulesFile file) {
		return new RulesFile(file.id(), file.version(), file.title(), list(file.aggregateOnlyRoles()), file.categories()
			.stream()
			.map(c -> new RulesFile.CategoryRules(c.category(), list(c
				.prohibitedPurposes()), c.breakGlass(), c.youthMayRefuse(), Texts.blankToNull(c.legalBasis()), c.rules()
					.stream()
					.map(r -> new RulesFile.Rule(list(r.agencyTypes()), list(r.roles()), list(r.purposes()), r.onTeam(),
							r.consent(), r.youthMayRefuse(), Texts.blankToNull(r.legalBasis()), r.note()))
					.toList(), c.note()))
			.toList());
	}

	private static List<String> list(List<String> names) {
		return names == null ? List.of() : List.copyOf(names);
	}

}
