package org.tandem.youth;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a runaway episode (missing or absent without permission). Typed so that a
 * module's API and events cannot mix up one kind of id with another; JSON and request
 * paths carry it as the plain UUID. SQL code uses {@link #value()}.
 */
public record EpisodeId(@JsonValue UUID value) {

	public EpisodeId {
		Objects.requireNonNull(value, "episode id");
	}

	public static EpisodeId of(UUID value) {
		return value == null ? null : new EpisodeId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static EpisodeId of(String value) {
		return new EpisodeId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
