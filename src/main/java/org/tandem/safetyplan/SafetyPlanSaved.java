package org.tandem.safetyplan;

import java.time.Instant;
import java.util.UUID;

/**
 * A safety plan version was saved; published in the saving transaction (it answers a
 * crisis's 72-hour task).
 */
public record SafetyPlanSaved(UUID youthId, int version, Instant savedAt) {
}
