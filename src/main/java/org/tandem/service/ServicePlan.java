package org.tandem.service;

import java.time.OffsetDateTime;
import java.util.List;

import org.tandem.instrument.Text;
import org.tandem.platform.AgencyId;
import org.tandem.platform.UserId;
import org.tandem.platform.YouthId;
import org.tandem.sharing.Category;

/**
 * One version of a youth's service plan, never changed once saved, as the reader may see
 * it: a need whose category the reader may not see is left out (the plan does not say
 * that one was).
 *
 * @param createdAt in the county's time zone
 */
public record ServicePlan(YouthId youthId, int version, boolean youthParticipated, String taxonomyId,
		int taxonomyVersion, List<Need> needs, UserId createdBy, String createdByName, String createdAgencyName,
		OffsetDateTime createdAt) {

	/**
	 * A need of the plan: the taxonomy's code and title, the goal in the youth's words,
	 * who is responsible, where it stands, and the assessment item that suggested it
	 * (instrument/item), if one did.
	 */
	public record Need(String code, Text title, Category category, String goal, NeedPriority priority,
			AgencyId responsibleAgencyId, String responsibleAgencyName, String responsiblePerson, NeedStatus status,
			String suggestedBy) {
	}

	ServicePlan withNeeds(List<Need> shown) {
		return new ServicePlan(youthId, version, youthParticipated, taxonomyId, taxonomyVersion, shown, createdBy,
				createdByName, createdAgencyName, createdAt);
	}

}
