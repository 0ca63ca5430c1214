package org.tandem.sharing;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An agency on a youth's team, now or in the past. {@code id} is null for an open case (the youth
 * module's record) that has no membership row of its own.
 */
public record TeamMember(UUID id, UUID youthId, UUID agencyId, String agencyName, String agencyType, Teams.Source source,
		UUID sourceId, OffsetDateTime joinedAt, OffsetDateTime leftAt, String leaveReason, boolean current) {
}
