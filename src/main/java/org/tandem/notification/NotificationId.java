package org.tandem.notification;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a notification to a person. Typed so that a module's API and events cannot
 * mix up one kind of id with another; JSON and request paths carry it as the plain UUID.
 * SQL code uses {@link #value()}.
 */
public record NotificationId(@JsonValue UUID value) {

	public NotificationId {
		Objects.requireNonNull(value, "notification id");
	}

	public static NotificationId of(UUID value) {
		return value == null ? null : new NotificationId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static NotificationId of(String value) {
		return new NotificationId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
