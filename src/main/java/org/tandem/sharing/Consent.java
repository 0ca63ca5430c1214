package org.tandem.sharing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tandem.audit.Purpose;

/**
 * A youth's choice to share (GIVEN) or not (REFUSED) categories of their information with
 * one agency or one person, for some purposes (null: any the rules allow), from a date,
 * until an optional expiry (inclusive), until revoked. Never changed, only revoked.
 * {@code legalBases}: the categories of a refusal that the rules share anyway, each with
 * the legal basis the worker told the youth about. {@code outcome} is present only in the
 * answer to recording or revoking it.
 */
public record Consent(UUID id, UUID youthId, Decision decision, List<Category> categories, UUID recipientAgencyId,
		String recipientAgencyName, UUID recipientUserId, String recipientUserName, List<Purpose> purposes,
		LocalDate givenOn, LocalDate expiresOn, String witnessedBy, String note, UUID recordedBy,
		OffsetDateTime recordedAt, OffsetDateTime revokedAt, UUID revokedBy, String revocationReason, boolean active,
		Map<Category, String> legalBases, @JsonInclude(JsonInclude.Include.NON_NULL) Outcome outcome) {

	public enum Decision {

		GIVEN, REFUSED

	}

	/**
	 * What recording (or revoking) the choice did, for the person who recorded it:
	 * {@code team} for a consent to an agency the rules share with only while it is on
	 * the youth's team ({@code
	 * APPLIES_NOW}, {@code JOINED_TEAM}: added with this consent, {@code NOT_ON_TEAM},
	 * {@code
	 * NEEDS_SUPERVISOR}: only a supervisor adds an agency to the team), null otherwise;
	 * {@code
	 * messages}: every effect in the reader's language; {@code notSharedByRules}:
	 * categories the county's rules never share with the recipient, consent or not.
	 */
	public record Outcome(String team, List<String> messages, List<Category> notSharedByRules) {
	}

	Consent withOutcome(Outcome outcome) {
		return new Consent(id, youthId, decision, categories, recipientAgencyId, recipientAgencyName, recipientUserId,
				recipientUserName, purposes, givenOn, expiresOn, witnessedBy, note, recordedBy, recordedAt, revokedAt,
				revokedBy, revocationReason, active, legalBases, outcome);
	}
}
