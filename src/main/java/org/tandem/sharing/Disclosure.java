package org.tandem.sharing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One line of the accounting of disclosures: on one day (the county's calendar), one
 * person of an agency, one category of the youth's information (null: another record),
 * what happened to it (seen, recorded, received, refused), for which purposes, how often,
 * and whether through emergency access. Grouped so that a youth reads a year on a printed
 * page or two; {@code actions} names the audit log's entries for an auditor.
 * {@code legalBasis}: the information was seen or received although the youth had refused
 * it to that agency or person, under this law or agreement (the youth was told when the
 * refusal was recorded).
 */
public record Disclosure(LocalDate day, UUID agencyId, String agencyName, UUID personId, String person,
		Category category, List<AuditActions.Kind> kinds, List<String> purposes, boolean emergency, int times,
		OffsetDateTime firstAt, OffsetDateTime lastAt, List<String> actions, String legalBasis) {
}
