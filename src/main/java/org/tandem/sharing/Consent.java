package org.tandem.sharing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.tandem.audit.Purpose;

/**
 * A youth's choice to share (GIVEN) or not (REFUSED) categories of their information with one
 * agency or one person, for some purposes (null: any the rules allow), from a date, until an
 * optional expiry (inclusive), until revoked. Never changed, only revoked.
 */
public record Consent(UUID id, UUID youthId, Decision decision, List<Category> categories, UUID recipientAgencyId,
		String recipientAgencyName, UUID recipientUserId, String recipientUserName, List<Purpose> purposes,
		LocalDate givenOn, LocalDate expiresOn, String witnessedBy, String note, UUID recordedBy,
		OffsetDateTime recordedAt, OffsetDateTime revokedAt, UUID revokedBy, String revocationReason, boolean active) {

	public enum Decision {
		GIVEN, REFUSED
	}
}
