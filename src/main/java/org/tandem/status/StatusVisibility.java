package org.tandem.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.county.Agencies;
import org.tandem.county.AgencyType;
import org.tandem.county.Role;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.youth.YouthRegistry;

/**
 * Who may see a youth's CSE status and incidents: county administrators, and the youth's own team
 * in child welfare, probation, mental health and public health (their agency is involved with the
 * youth). The sharing capability will generalise this into the county's disclosure rules.
 */
@Component
class StatusVisibility {

	static final Set<AgencyType> TEAM_AGENCIES = EnumSet.of(AgencyType.CHILD_WELFARE, AgencyType.PROBATION,
			AgencyType.MENTAL_HEALTH, AgencyType.PUBLIC_HEALTH);

	private final YouthRegistry youth;
	private final Agencies agencies;

	StatusVisibility(YouthRegistry youth, Agencies agencies) {
		this.youth = youth;
		this.agencies = agencies;
	}

	boolean maySeeDetails(UUID youthId) {
		CountyMember me = Tenancy.currentMember().orElse(null);
		if (me == null) {
			return false;
		}
		if (me.roleNames().contains(Role.COUNTY_ADMIN.name())) {
			return true;
		}
		return TEAM_AGENCIES.contains(agencies.get(me.agencyId()).type())
				&& youth.involvedAgencies(youthId).contains(me.agencyId());
	}

	/** Refuses, with the reason, someone outside the youth's team. */
	void requireDetails(UUID youthId) {
		if (!maySeeDetails(youthId)) {
			throw new TandemException(ErrorCode.T7010);
		}
	}
}
