package org.tandem.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One notification as its recipient sees it, its text in their language and times in the
 * county zone.
 */
public record Notification(NotificationId id, String kind, String text, String link, OffsetDateTime createdAt,
		OffsetDateTime readAt) {

	public boolean unread() {
		return readAt == null;
	}
}
