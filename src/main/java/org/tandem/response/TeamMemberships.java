package org.tandem.response;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.sharing.Teams;

/**
 * Keeps the youth's team as the response grows it: the lead agency and the hotline that took the
 * report when a response starts, every invited agency when a meeting is scheduled, and the agency
 * a task or action item is assigned to. Listeners run in the publishing transaction and first
 * (before anyone is notified), so a notice goes only to people who may then open what it links to.
 * Joining again changes nothing.
 */
@Component
class TeamMemberships {

	private final Teams teams;
	private final UserAccounts accounts;
	private final JdbcClient jdbc;

	TeamMemberships(Teams teams, UserAccounts accounts, JdbcClient jdbc) {
		this.teams = teams;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void started(ResponseStarted started) {
		teams.join(started.youthId(), started.leadAgencyId(), Teams.Source.RESPONSE, started.responseId());
		if (started.startedBy() != null) {
			accounts.findById(started.startedBy())
				.map(UserAccount::agencyId)
				.ifPresent(agency -> teams.join(started.youthId(), agency, Teams.Source.RESPONSE, started.responseId()));
		}
	}

	/** The meeting's invitations, written in this transaction, name every invited agency. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void scheduled(MeetingScheduled meeting) {
		Set<UUID> invited = new LinkedHashSet<>();
		if (meeting.leadAgencyId() != null) {
			invited.add(meeting.leadAgencyId());
		}
		invited.addAll(jdbc.sql("""
				select distinct agency_id from meeting_invitation where meeting_id = ? and agency_id is not null""")
			.param(meeting.meetingId())
			.query(UUID.class)
			.list());
		for (UUID youth : meeting.youthIds()) {
			for (UUID agency : invited) {
				teams.join(youth, agency, Teams.Source.MDT, meeting.meetingId());
			}
		}
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void assigned(TaskAssigned task) {
		if (task.ownerAgencyId() == null || task.youthId() == null) {
			return;
		}
		Teams.Source source = task.type() == TaskType.MDT_ACTION_ITEM ? Teams.Source.MDT : Teams.Source.RESPONSE;
		teams.join(task.youthId(), task.ownerAgencyId(), source, task.taskId());
	}
}
