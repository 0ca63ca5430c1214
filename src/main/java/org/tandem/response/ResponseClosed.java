package org.tandem.response;

import org.tandem.platform.YouthId;

/**
 * A response was closed by its lead agency; published in the transaction that closes it.
 */
public record ResponseClosed(ResponseId responseId, YouthId youthId) {
}
