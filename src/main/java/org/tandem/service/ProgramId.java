package org.tandem.service;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a program of a provider in the resource directory (sessions and referrals
 * name it). JSON and request paths carry it as the plain UUID.
 */
public record ProgramId(@JsonValue UUID value) {

	public ProgramId {
		Objects.requireNonNull(value, "program id");
	}

	public static ProgramId of(UUID value) {
		return value == null ? null : new ProgramId(value);
	}

	@JsonCreator
	public static ProgramId of(String value) {
		return new ProgramId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
