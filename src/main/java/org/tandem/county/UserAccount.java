package org.tandem.county;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A person who signs in to Tandem, as administrators see them. The password hash stays in
 * the database.
 */
public record UserAccount(UUID countyId, UUID id, String username, String displayName, String email, UUID agencyId,
		Set<Role> roles, boolean enabled, Instant lockedUntil, String preferredLanguage) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
