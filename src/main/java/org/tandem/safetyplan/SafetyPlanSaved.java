package org.tandem.safetyplan;

import org.tandem.platform.YouthId;

import java.time.Instant;

/**
 * A safety plan version was saved; published in the saving transaction (it answers a
 * crisis's 72-hour task).
 */
public record SafetyPlanSaved(YouthId youthId, int version, Instant savedAt) {
}
