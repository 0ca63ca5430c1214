package org.tandem.response;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.notification.Notice;
import org.tandem.notification.Notifications;

/**
 * What notifies whom when a response starts, a meeting is scheduled or a task assigned. Listeners
 * run in the publishing transaction, so the notice exists exactly when its cause does; the dedupe
 * key names the fact, so an event handled twice notifies no one twice.
 */
@Component
class ResponseNotifications {

	static final String RESPONSE_STARTED = "RESPONSE_STARTED", MEETING_INVITED = "MEETING_INVITED",
			TASK_ASSIGNED = "TASK_ASSIGNED";

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
				Map.of("variant", started.tier(), "at", started.identifiedAt().toString())).about(started.youthId()));
	}

	@EventListener
	void scheduled(MeetingScheduled meeting) {
		String link = "/meetings/" + meeting.meetingId();
		notifications.notify(new Notice(meeting.inviteeUserIds() == null ? List.of() : meeting.inviteeUserIds(),
				MEETING_INVITED, "meeting:" + meeting.meetingId() + ":invited", link,
				meeting.scheduledFor() == null ? Map.of() : Map.of("at", meeting.scheduledFor().toString()))
			.about(meeting.youthIds() == null ? List.of() : meeting.youthIds()));
	}

	@EventListener
	void assigned(TaskAssigned task) {
		if (TaskType.CRISIS.contains(task.type())) {
			return; // the lead agency's 72-hour tasks: the response-started notice already tells them
		}
		List<java.util.UUID> to = task.ownerUserId() != null ? List.of(task.ownerUserId())
				: recipients.agencyMembers(task.ownerAgencyId());
		notifications.notify(new Notice(to, TASK_ASSIGNED, "task:" + task.taskId() + ":assigned", "/tasks",
				Map.of("at", task.dueAt().toString())).about(task.youthId()));
	}
}
