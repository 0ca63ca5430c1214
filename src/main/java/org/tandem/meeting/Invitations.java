package org.tandem.meeting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.notification.Notice;
import org.tandem.notification.Notifications;
import org.tandem.sharing.Teams;
import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;

/**
 * What scheduling a meeting does beyond the meeting: every invited agency joins the
 * youth's team (first, before anyone is notified, so a notice goes only to people who may
 * then open what it links to), then the invited people are notified; cancelling the
 * meeting takes the agencies off the team again. All run in the publishing transaction;
 * joining again changes nothing and the dedupe key names the fact, so an event handled
 * twice notifies no one twice.
 */
@Component
class Invitations {

	static final String MEETING_INVITED = "MEETING_INVITED";

	private final Teams teams;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	Invitations(Teams teams, Notifications notifications, JdbcClient jdbc) {
		this.teams = teams;
		this.notifications = notifications;
		this.jdbc = jdbc;
	}

	/**
	 * The meeting's invitations, written in this transaction, name every invited agency.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void joinTeams(MeetingScheduled meeting) {
		Set<UUID> invited = new LinkedHashSet<>();
		if (meeting.leadAgencyId() != null) {
			invited.add(meeting.leadAgencyId().value());
		}
		invited.addAll(jdbc.sql("""
				select distinct agency_id from meeting_invitation where meeting_id = ? and agency_id is not null""")
			.param(meeting.meetingId().value())
			.query(UUID.class)
			.list());
		for (YouthId youth : meeting.youthIds()) {
			for (UUID agency : invited) {
				teams.join(youth, AgencyId.of(agency), Teams.Source.MDT, meeting.meetingId().value());
			}
		}
	}

	/**
	 * A cancelled meeting no longer holds the agencies it invited on the youth's team:
	 * each leaves, unless something else keeps it there (an open case, a response,
	 * another meeting, a task).
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void leaveTeams(MeetingCancelled meeting) {
		teams.endSource(meeting.meetingId().value(), Teams.SourceEnd.MEETING_CANCELLED);
	}

	@EventListener
	void notifyInvitees(MeetingScheduled meeting) {
		String link = "/meetings/" + meeting.meetingId();
		notifications.notify(new Notice(meeting.inviteeUserIds() == null ? List.of() : meeting.inviteeUserIds(),
				MEETING_INVITED, "meeting:" + meeting.meetingId() + ":invited", link,
				meeting.scheduledFor() == null ? Map.of() : Map.of("at", meeting.scheduledFor().toString()))
			.about(meeting.youthIds() == null ? List.of() : meeting.youthIds()));
	}

}
