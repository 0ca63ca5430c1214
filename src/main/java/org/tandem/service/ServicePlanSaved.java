package org.tandem.service;

import java.time.Instant;

import org.tandem.platform.YouthId;

/** A service plan version was saved; published in the saving transaction. */
public record ServicePlanSaved(YouthId youthId, int version, Instant savedAt) {
}
