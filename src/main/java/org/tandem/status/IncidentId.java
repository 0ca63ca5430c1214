package org.tandem.status;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an incident in a youth's timeline. Typed so that a module's API and events
 * cannot mix up one kind of id with another; JSON and request paths carry it as the plain
 * UUID. SQL code uses {@link #value()}.
 */
public record IncidentId(@JsonValue UUID value) {

	public IncidentId {
		Objects.requireNonNull(value, "incident id");
	}

	public static IncidentId of(UUID value) {
		return value == null ? null : new IncidentId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static IncidentId of(String value) {
		return new IncidentId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
