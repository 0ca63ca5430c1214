package org.tandem.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.county.Agencies;
import org.tandem.county.Counties;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.response.ResponseSharing;
import org.tandem.sharing.Category;
import org.tandem.task.Task;
import org.tandem.task.TaskType;
import org.tandem.task.Tasks;
import org.tandem.platform.UserId;

/**
 * A meeting as stored: its head, the youth it is about, the invitations and the action
 * items with their tasks, read in one place for scheduling, minutes and the pages.
 */
@Component
class MeetingRecords {

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final Tasks tasks;

	private final Counties counties;

	private final ResponseSharing sharing;

	MeetingRecords(JdbcClient jdbc, Agencies agencies, UserAccounts accounts, Tasks tasks, Counties counties,
			ResponseSharing sharing) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.accounts = accounts;
		this.tasks = tasks;
		this.counties = counties;
		this.sharing = sharing;
	}

	/**
	 * The meeting, if the person may see the MDT information of every youth it is about;
	 * else the explanation.
	 */
	Meeting visible(Meeting meeting) {
		youthIds(meeting).forEach(y -> sharing.require(y, Category.MDT_MINUTES));
		return meeting;
	}

	static List<UUID> youthIds(Meeting meeting) {
		return meeting.youth().stream().map(Meeting.YouthPart::youthId).toList();
	}

	/** Minutes and cancelling are for a meeting still scheduled. */
	static void requireScheduled(Meeting meeting, ErrorCode ifHeld) {
		if ("CANCELLED".equals(meeting.status())) {
			throw new TandemException(ErrorCode.MEETING_CANCELLED);
		}
		if (meeting.held()) {
			throw new TandemException(ifHeld);
		}
	}

	Meeting load(UUID id) {
		ZoneId zone = counties.currentZone();
		Meeting head = jdbc.sql("""
				select id, tier, kind, lead_agency_id, lead_user_id, scheduled_for, place, status, missing_agency_types,
				    proposal_id, held_at, script_read, script_not_read_reason, cancelled_reason
				from meeting where id = ?""")
			.param(id)
			.query((rs, n) -> new Meeting(rs.getObject("id", UUID.class), rs.getString("tier"), rs.getString("kind"),
					rs.getObject("lead_agency_id", UUID.class), rs.getObject("lead_user_id", UUID.class),
					at(rs, "scheduled_for", zone), rs.getString("place"), rs.getString("status"),
					rs.getString("missing_agency_types").isEmpty() ? List.of()
							: Arrays.asList(rs.getString("missing_agency_types").split(",")),
					rs.getObject("proposal_id", UUID.class), at(rs, "held_at", zone),
					(Boolean) rs.getObject("script_read"), rs.getString("script_not_read_reason"),
					rs.getString("cancelled_reason"), List.of(), List.of(), List.of()))
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.MEETING_NOT_FOUND));
		List<Meeting.YouthPart> parts = jdbc.sql("""
				select youth_id, response_id, invited, wants_to_attend, attended, voice, decisions
				from meeting_youth where meeting_id = ? order by youth_id""")
			.param(id)
			.query((rs, n) -> new Meeting.YouthPart(rs.getObject("youth_id", UUID.class),
					rs.getObject("response_id", UUID.class), rs.getBoolean("invited"), rs.getString("wants_to_attend"),
					(Boolean) rs.getObject("attended"), rs.getString("voice"), rs.getString("decisions")))
			.list();
		return new Meeting(head.id(), head.tier(), head.kind(), head.leadAgencyId(), head.leadUserId(),
				head.scheduledFor(), head.place(), head.status(), head.missingRequiredAgencyTypes(), head.proposalId(),
				head.heldAt(), head.scriptRead(), head.scriptNotReadReason(), head.cancelledReason(), parts,
				invitations(id), actionItems(id, zone));
	}

	private List<Meeting.Invitation> invitations(UUID id) {
		Map<UUID, String> agencyNames = new HashMap<>();
		agencies.findAll().forEach(a -> agencyNames.put(a.id(), a.name()));
		Map<UUID, String> people = new HashMap<>();
		return jdbc.sql("""
				select id, agency_id, user_id, required, caregiver_name, caregiver_relationship, attended
				from meeting_invitation where meeting_id = ?""").param(id).query((rs, n) -> {
			UUID user = rs.getObject("user_id", UUID.class);
			UUID agency = rs.getObject("agency_id", UUID.class);
			return new Meeting.Invitation(rs.getObject("id", UUID.class), agency,
					agency == null ? null : agencyNames.get(agency), user,
					user == null ? null
							: people.computeIfAbsent(user,
									u -> accounts.findById(UserId.of(u)).map(UserAccount::displayName).orElse(null)),
					rs.getBoolean("required"), rs.getString("caregiver_name"), rs.getString("caregiver_relationship"),
					(Boolean) rs.getObject("attended"));
		})
			.list()
			.stream()
			.sorted(Comparator.comparing((Meeting.Invitation i) -> i.caregiver())
				.thenComparing(i -> !i.required())
				.thenComparing(i -> String.valueOf(i.agencyName()))
				.thenComparing(i -> String.valueOf(i.userName())))
			.toList();
	}

	/** An action item is shown with its task (they are written together). */
	private List<Meeting.ActionItem> actionItems(UUID id, ZoneId zone) {
		List<UUID> itemIds = jdbc.sql("select id from meeting_action_item where meeting_id = ? order by position")
			.param(id)
			.query(UUID.class)
			.list();
		Map<UUID, Task> itemTasks = tasks.forSubjects(TaskType.MDT_ACTION_ITEM, itemIds)
			.stream()
			.collect(Collectors.toMap(Task::subjectId, task -> task, (a, b) -> a));
		return itemIds.stream()
			.filter(itemTasks::containsKey)
			.map(itemTasks::get)
			.map(task -> new Meeting.ActionItem(task.subjectId(), task.youthId(), task.title(), task.owner().agencyId(),
					task.owner().userId(), task.dueAt().atZone(zone).toOffsetDateTime(), task.id(), task.status()))
			.toList();
	}

	private static OffsetDateTime at(ResultSet rs, String column, ZoneId zone) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant().atZone(zone).toOffsetDateTime();
	}

}
