package org.tandem.youth;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a search result or a duplicate warning shows of a youth. */
public record YouthSummary(UUID id, String firstName, String lastName, String preferredName, List<String> aliases,
		LocalDate dateOfBirth, Jurisdiction jurisdiction) {
}
