package org.tandem.platform;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a county: the tenant every row belongs to. Typed so that a module's API and
 * events cannot mix up one kind of id with another; JSON and request paths carry it as
 * the plain UUID. SQL code uses {@link #value()}.
 */
public record CountyId(@JsonValue UUID value) {

	public CountyId {
		Objects.requireNonNull(value, "county id");
	}

	public static CountyId of(UUID value) {
		return value == null ? null : new CountyId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static CountyId of(String value) {
		return new CountyId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
