package org.tandem.protocol;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a protocol the county can see: the model shipped with Tandem or one the
 * county imported (with who and when, on the county's clock), and whether it is the
 * county's current one.
 */
public record ProtocolVersion(String id, int version, Protocol.Text title, boolean shipped, OffsetDateTime importedAt,
		UUID importedBy, boolean current) {
}
