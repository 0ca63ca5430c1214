package org.tandem.platform;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a youth in the registry. Typed so that a module's API and events cannot mix
 * up one kind of id with another; JSON and request paths carry it as the plain UUID. SQL
 * code uses {@link #value()}.
 */
public record YouthId(@JsonValue UUID value) {

	public YouthId {
		Objects.requireNonNull(value, "youth id");
	}

	public static YouthId of(UUID value) {
		return value == null ? null : new YouthId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static YouthId of(String value) {
		return new YouthId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
