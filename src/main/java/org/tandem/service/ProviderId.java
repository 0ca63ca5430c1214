package org.tandem.service;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an entry of the resource directory, across the counties it serves. JSON and
 * request paths carry it as the plain UUID.
 */
public record ProviderId(@JsonValue UUID value) {

	public ProviderId {
		Objects.requireNonNull(value, "provider id");
	}

	public static ProviderId of(UUID value) {
		return value == null ? null : new ProviderId(value);
	}

	@JsonCreator
	public static ProviderId of(String value) {
		return new ProviderId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
