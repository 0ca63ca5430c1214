package org.tandem.task;

import org.tandem.platform.YouthId;
import org.tandem.platform.AgencyId;

/**
 * An agency no longer holds a task: it was done, or given to another agency
 * ({@code reassigned}); published in the transaction that changes it.
 */
public record TaskReleased(TaskId taskId, YouthId youthId, AgencyId agencyId, boolean reassigned) {
}
