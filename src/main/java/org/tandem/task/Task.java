package org.tandem.task;

import java.time.Instant;
import java.util.UUID;

/**
 * Something a person owes by a time. {@code dueAt} is computed once from the event that
 * created the task (an instant plus a duration), so it never drifts with "now", time
 * zones or restarts. An MDT action item has its own {@code title} and the due time the
 * team chose.
 */
public record Task(UUID id, UUID youthId, TaskType type, UUID subjectId, Instant dueAt, Owner owner, String status,
		Instant createdAt, Instant doneAt, String reportNumber, String note, String title) {

	public record Owner(UUID agencyId, UUID userId) {
	}

	public boolean open() {
		return "OPEN".equals(status);
	}

	public boolean overdueAt(Instant now) {
		return open() && dueAt.isBefore(now);
	}
}
