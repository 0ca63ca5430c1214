package org.tandem.response;

import java.util.UUID;

/**
 * A response was closed by its lead agency; published in the transaction that closes it.
 */
public record ResponseClosed(UUID responseId, UUID youthId) {
}
