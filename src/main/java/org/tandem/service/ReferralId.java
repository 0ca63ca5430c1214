package org.tandem.service;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a referral; JSON and request paths carry it as the plain UUID. */
public record ReferralId(@JsonValue UUID value) {

	public ReferralId {
		Objects.requireNonNull(value, "referral id");
	}

	public static ReferralId of(UUID value) {
		return value == null ? null : new ReferralId(value);
	}

	@JsonCreator
	public static ReferralId of(String value) {
		return new ReferralId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
