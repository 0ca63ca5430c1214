package org.tandem.platform;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an agency of a county (child welfare, probation, a provider…). Typed so that
 * a module's API and events cannot mix up one kind of id with another; JSON and request
 * paths carry it as the plain UUID. SQL code uses {@link #value()}.
 */
public record AgencyId(@JsonValue UUID value) {

	public AgencyId {
		Objects.requireNonNull(value, "agency id");
	}

	public static AgencyId of(UUID value) {
		return value == null ? null : new AgencyId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static AgencyId of(String value) {
		return new AgencyId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
