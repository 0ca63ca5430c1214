package org.tandem.meeting;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an MDT meeting. Typed so that a module's API and events cannot mix up one
 * kind of id with another; JSON and request paths carry it as the plain UUID. SQL code
 * uses {@link #value()}.
 */
public record MeetingId(@JsonValue UUID value) {

	public MeetingId {
		Objects.requireNonNull(value, "meeting id");
	}

	public static MeetingId of(UUID value) {
		return value == null ? null : new MeetingId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static MeetingId of(String value) {
		return new MeetingId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
