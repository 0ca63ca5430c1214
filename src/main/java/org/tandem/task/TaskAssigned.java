package org.tandem.task;

import java.time.Instant;
import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;

/**
 * A task was opened for an agency (and a person, when known); published in the
 * transaction that opens it.
 */
public record TaskAssigned(TaskId taskId, YouthId youthId, TaskType type, AgencyId ownerAgencyId, UserId ownerUserId,
		Instant dueAt) {
}
