package org.tandem.safetyplan;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a youth's safety plan, never changed once saved.
 *
 * @param createdAt in the county's time zone
 * @param locationWithheld the steps if the youth runs and the safe transportation say
 * where the youth may be: left out (empty) for a reader who may not see the youth's
 * location
 */
public record SafetyPlan(UUID youthId, int version, SafetyPlanContent content, UUID createdBy, String createdByName,
		UUID createdAgencyId, String createdAgencyName, OffsetDateTime createdAt, boolean locationWithheld) {

	/** This version without what says where the youth may be. */
	SafetyPlan withoutLocation() {
		SafetyPlanContent c = content;
		return new SafetyPlan(youthId, version,
				new SafetyPlanContent(c.risksToYouth(), c.risksToFamily(), c.risksToProviders(), c.traumaTriggers(),
						c.copingSkills(), c.preventionSteps(), java.util.List.of(), null, c.youthWords(),
						c.youthParticipated(), c.whyNotParticipated(), c.meetingId()),
				createdBy, createdByName, createdAgencyId, createdAgencyName, createdAt, true);
	}

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
