package org.tandem.response;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a team response to a youth. Typed so that a module's API and events cannot
 * mix up one kind of id with another; JSON and request paths carry it as the plain UUID.
 * SQL code uses {@link #value()}.
 */
public record ResponseId(@JsonValue UUID value) {

	public ResponseId {
		Objects.requireNonNull(value, "response id");
	}

	public static ResponseId of(UUID value) {
		return value == null ? null : new ResponseId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static ResponseId of(String value) {
		return new ResponseId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
