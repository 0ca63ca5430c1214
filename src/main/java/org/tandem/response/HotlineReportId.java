package org.tandem.response;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a report made to the child-abuse hotline. Typed so that a module's API and
 * events cannot mix up one kind of id with another; JSON and request paths carry it as
 * the plain UUID. SQL code uses {@link #value()}.
 */
public record HotlineReportId(@JsonValue UUID value) {

	public HotlineReportId {
		Objects.requireNonNull(value, "hotline report id");
	}

	public static HotlineReportId of(UUID value) {
		return value == null ? null : new HotlineReportId(value);
	}

	/**
	 * From a request path or a JSON string; a malformed id is refused as the UUID would
	 * be.
	 */
	@JsonCreator
	public static HotlineReportId of(String value) {
		return new HotlineReportId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
