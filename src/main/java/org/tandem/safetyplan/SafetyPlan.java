package org.tandem.safetyplan;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a youth's safety plan, never changed once saved.
 *
 * @param createdAt in the county's time zone
 */
public record SafetyPlan(UUID youthId, int version, SafetyPlanContent content, UUID createdBy, String createdByName,
		UUID createdAgencyId, String createdAgencyName, OffsetDateTime createdAt) {

	/** What the versions list shows of a version. */
	public record Summary(int version, OffsetDateTime createdAt, UUID createdBy, String createdByName,
			String createdAgencyName, boolean youthParticipated, UUID meetingId, int triggers, int runawaySteps) {
	}

	public Summary summary() {
		return new Summary(version, createdAt, createdBy, createdByName, createdAgencyName,
				Boolean.TRUE.equals(content.youthParticipated()), content.meetingId(), content.traumaTriggers().size(),
				content.ifYouthRuns().size());
	}
}
