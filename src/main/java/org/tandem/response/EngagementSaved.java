package org.tandem.response;

import java.time.Instant;

/**
 * An immediate crisis's engagement record was saved, as it now reads; published in the
 * saving transaction, so what it answers (the 72-hour tasks) is closed in it too.
 */
public record EngagementSaved(Engagement engagement, Instant savedAt) {
}
