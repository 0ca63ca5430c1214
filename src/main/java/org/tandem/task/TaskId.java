package org.tandem.task;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a task an agency owes a youth. Typed so that a module's API and events
 * cannot mix up one kind of id with another; JSON and request paths carry it as the plain
 * UUID. SQL code uses {@link #value()}.
 */
public record TaskId(@JsonValue UUID value) {

	public TaskId {
		Objects.requireNonNull(value, "task id");
	}

	public static TaskId of(UUID value) {
		return value == null ? null : new TaskId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static TaskId of(String value) {
		return new TaskId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
