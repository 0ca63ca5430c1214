package org.tandem.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.Inputs;

/** The signed-in person's notifications. */
@RestController
class NotificationApi {

	private final Notifications notifications;

	NotificationApi(Notifications notifications) {
		this.notifications = notifications;
	}

	/**
	 * Newest first; {@code unread=true} for unread ones only; {@code page} from 0,
	 * {@code size} up to 200.
	 */
	@GetMapping("/api/v1/notifications")
	List<Notification> list(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return notifications.inbox(unread, Inputs.page(page, "page"), Inputs.pageSize(size, "size", 200));
	}

	@GetMapping("/api/v1/notifications/unread-count")
	Map<String, Long> unreadCount() {
		return Map.of("unread", notifications.unreadCount());
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	Notification read(@PathVariable UUID id) {
		return notifications.markRead(NotificationId.of(id));
	}

	@PostMapping("/api/v1/notifications/read-all")
	Map<String, Integer> readAll() {
		return Map.of("marked", notifications.markAllRead());
	}

}
