package org.tandem.response;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.notification.Notice;
import org.tandem.notification.NotificationRecipients;
import org.tandem.notification.Notifications;

/**
 * Who is notified when a response starts: the lead agency's members who act on responses.
 * The listener runs in the publishing transaction, so the notice exists exactly when its
 * cause does; the dedupe key names the fact, so an event handled twice notifies no one
 * twice.
 */
@Component
class ResponseNotifications {

	static final String RESPONSE_STARTED = "RESPONSE_STARTED";

	private final Notifications notifications;

	private final NotificationRecipients recipients;

	ResponseNotifications(Notifications notifications, NotificationRecipients recipients) {
		this.notifications = notifications;
		this.recipients = recipients;
	}

	@EventListener
	void started(ResponseStarted started) {
		notifications.notify(new Notice(recipients.agencyMembers(started.leadAgencyId()), RESPONSE_STARTED,
				"response:" + started.responseId() + ":started", "/youth/" + started.youthId(),
				Map.of("variant", started.tier().name(), "at", started.identifiedAt().toString()))
			.about(started.youthId()));
	}

}
