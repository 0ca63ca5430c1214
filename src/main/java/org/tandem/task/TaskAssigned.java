package org.tandem.task;

import java.time.Instant;
import java.util.UUID;

/**
 * A task was opened for an agency (and a person, when known); published in the
 * transaction that opens it.
 */
public record TaskAssigned(UUID taskId, UUID youthId, TaskType type, UUID ownerAgencyId, UUID ownerUserId,
		Instant dueAt) {
}
