package org.tandem.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log. */
public record AuditEntry(UUID countyId, long seq, Instant occurredAt, UUID actorId, String actorUsername,
		String actorRoles, UUID actorAgencyId, String action, UUID youthId, String purpose, String detail,
		String prevHash, String hash) {

	static final String GENESIS = "0".repeat(64);

	/**
	 * The hash this entry must carry, computed from its content and its predecessor's
	 * hash.
	 */
	String expectedHash() {
		return Hashes.sha256(String.join("\n", prevHash, countyId.toString(), Long.toString(seq), occurredAt.toString(),
				text(actorId), actorUsername, actorRoles, text(actorAgencyId), action, text(youthId), purpose,
				text(detail)));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}
}
