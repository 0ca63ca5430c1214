package org.tandem.sharing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One line of the accounting of disclosures: when, which agency and person, what happened to which
 * categories of the youth's information, and for what purpose. No categories: an "other record".
 * {@code legalBasis}: the information was seen or received although the youth had refused it to
 * that agency or person, under this law or agreement (the youth was told when the refusal was
 * recorded).
 */
public record Disclosure(OffsetDateTime occurredAt, UUID agencyId, String agencyName, String person, String action,
		List<Category> categories, AuditActions.Kind kind, String purpose, boolean emergency, String legalBasis) {
}
