package org.tandem.task;

import java.util.List;
import java.util.UUID;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.notification.Notice;
import org.tandem.notification.NotificationRecipients;
import org.tandem.notification.Notifications;
import org.tandem.sharing.Teams;
import org.tandem.platform.UserId;

/**
 * What assigning a task does beyond the task: the owning agency joins the youth's team
 * (first, before anyone is notified, so a notice goes only to people who may then open
 * what it links to), then the owner is notified; when the task is done or given to
 * another agency, the agency that had it leaves the team, unless another source (a
 * meeting, a response, an open case) keeps it. Both run in the publishing transaction;
 * joining again changes nothing and the dedupe key names the fact, so an event handled
 * twice notifies no one twice.
 */
@Component
class Assignments {

	static final String TASK_ASSIGNED = "TASK_ASSIGNED";

	private final Teams teams;

	private final Notifications notifications;

	private final NotificationRecipients recipients;

	Assignments(Teams teams, Notifications notifications, NotificationRecipients recipients) {
		this.teams = teams;
		this.notifications = notifications;
		this.recipients = recipients;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void joinTeam(TaskAssigned task) {
		if (task.ownerAgencyId() == null || task.youthId() == null) {
			return;
		}
		teams.join(task.youthId(), task.ownerAgencyId(), Teams.Source.TASK, task.taskId().value());
	}

	/**
	 * The agency done with the task, or no longer given it, leaves the team unless
	 * something else keeps it.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void leaveTeam(TaskReleased task) {
		teams.endSource(task.taskId().value(), task.agencyId(),
				task.reassigned() ? Teams.SourceEnd.TASK_REASSIGNED : Teams.SourceEnd.TASK_CLOSED);
	}

	@EventListener
	void notifyOwner(TaskAssigned task) {
		if (TaskType.CRISIS.contains(task.type())) {
			return; // the lead agency's 72-hour tasks: the response-started notice
					// already tells them
		}
		List<UserId> to = task.ownerUserId() != null ? List.of(task.ownerUserId())
				: recipients.agencyMembers(task.ownerAgencyId());
		notifications.notify(new Notice(to, TASK_ASSIGNED, "task:" + task.taskId() + ":assigned", "/tasks", Map.of("at",
				task.dueAt().toString(), "task", task.type().name(), "reveals", task.type().reveals().name()))
			.about(task.youthId()));
	}

}
