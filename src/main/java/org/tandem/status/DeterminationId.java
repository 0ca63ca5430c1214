package org.tandem.status;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a determination of a youth's status. Typed so that a module's API and events
 * cannot mix up one kind of id with another; JSON and request paths carry it as the plain
 * UUID. SQL code uses {@link #value()}.
 */
public record DeterminationId(@JsonValue UUID value) {

	public DeterminationId {
		Objects.requireNonNull(value, "determination id");
	}

	public static DeterminationId of(UUID value) {
		return value == null ? null : new DeterminationId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static DeterminationId of(String value) {
		return new DeterminationId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
