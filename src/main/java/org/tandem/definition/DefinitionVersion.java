package org.tandem.definition;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a definition as a county sees it: shipped with Tandem, or imported by
 * the county (by whom and when; both null for a shipped version). Never changes once
 * stored.
 */
public record DefinitionVersion<T extends Versioned>(T definition, Origin origin, UUID importedBy, Instant importedAt) {

	/** Where a version comes from. */
	public enum Origin {

		SHIPPED, COUNTY

	}

	public String id() {
		return definition.id();
	}

	public int version() {
		return definition.version();
	}

	public boolean shipped() {
		return origin == Origin.SHIPPED;
	}
}
