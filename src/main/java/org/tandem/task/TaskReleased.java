package org.tandem.task;

import java.util.UUID;

/**
 * An agency no longer holds a task: it was done, or given to another agency
 * ({@code reassigned}); published in the transaction that changes it.
 */
public record TaskReleased(UUID taskId, UUID youthId, UUID agencyId, boolean reassigned) {
}
