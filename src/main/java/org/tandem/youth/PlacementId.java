package org.tandem.youth;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a placement of a youth. Typed so that a module's API and events cannot mix
 * up one kind of id with another; JSON and request paths carry it as the plain UUID. SQL
 * code uses {@link #value()}.
 */
public record PlacementId(@JsonValue UUID value) {

	public PlacementId {
		Objects.requireNonNull(value, "placement id");
	}

	public static PlacementId of(UUID value) {
		return value == null ? null : new PlacementId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static PlacementId of(String value) {
		return new PlacementId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
