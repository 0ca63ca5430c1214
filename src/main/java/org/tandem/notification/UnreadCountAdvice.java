package org.tandem.notification;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.platform.Tenancy;

/** Gives every page the signed-in person's unread count, for the bell in the header. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

	private final Notifications notifications;

	UnreadCountAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Long unreadNotifications() {
		return Tenancy.currentMember().isPresent() ? notifications.unreadCount() : null;
	}

}
