package org.tandem.sharing;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.definition.DefinitionCatalogue;
import org.tandem.platform.ErrorCode;

/**
 * The disclosure rules in force: the county's newest imported version, or the model rules
 * shipped with Tandem ({@value #SHIPPED}). Versions are kept by the definition catalogue
 * ({@link DisclosureRulesKind}), which serves the rules in force from memory between
 * rechecks.
 */
@Component
@Transactional(readOnly = true)
public class DisclosureRulesCatalogue {

	static final String SHIPPED = "sharing/model-disclosure-rules.yaml";

	private final DefinitionCatalogue<DisclosureRules> versions;

	private final Clock clock;

	DisclosureRulesCatalogue(DefinitionCatalogue<DisclosureRules> versions, Clock clock) {
		this.versions = versions;
		this.clock = clock;
	}

	/** The model rules shipped with Tandem. */
	public DisclosureRules shipped() {
		return versions.shipped().get(0);
	}

	String shippedText() {
		DisclosureRules shipped = shipped();
		return versions.text(shipped.id(), shipped.version()).orElseThrow();
	}

	/**
	 * The rules in force in the current county (the shipped ones where it imported none).
	 */
	public DisclosureRules current() {
		return versions.current();
	}

	/** The text of the rules in force, exactly as imported (or shipped). */
	String currentText() {
		return versions.newestImport()
			.flatMap(newest -> versions.text(newest.id(), newest.version()))
			.orElseGet(this::shippedText);
	}

	/**
	 * Stores a new version for the current county; it must be valid and numbered above
	 * the newest ({@link ErrorCode#DISCLOSURE_RULES_VERSION_NOT_NEWER}).
	 */
	@Transactional
	public DisclosureRules importRules(byte[] definition, UUID importedBy) {
		// not in the audit log: recording with no youth fails there (List.of(null)), and
		// the rules
		// are no youth's data; the row itself keeps who imported what, when
		return versions.importVersion(definition, importedBy, clock.instant());
	}

	/**
	 * Rules that are part of Tandem; invalid ones are a bug in the release and stop the
	 * start.
	 */
	static DisclosureRules loadShipped(String text) {
		return DisclosureRulesKind.KIND.readShipped(SHIPPED,
				text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
