package org.tandem.platform;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a person who signs in to Tandem. Typed so that a module's API and events
 * cannot mix up one kind of id with another; JSON and request paths carry it as the plain
 * UUID. SQL code uses {@link #value()}.
 */
public record UserId(@JsonValue UUID value) {

	public UserId {
		Objects.requireNonNull(value, "user id");
	}

	public static UserId of(UUID value) {
		return value == null ? null : new UserId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static UserId of(String value) {
		return new UserId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
