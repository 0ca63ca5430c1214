package org.tandem.shell;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.Purpose;
import org.tandem.meeting.Meeting;
import org.tandem.meeting.Meetings;
import org.tandem.platform.Tenancy;
import org.tandem.response.Responses;
import org.tandem.response.TeamResponse;
import org.tandem.safetyplan.SafetyPlan;
import org.tandem.safetyplan.SafetyPlans;
import org.tandem.screening.DueScreening;
import org.tandem.screening.ScreeningSchedule;
import org.tandem.sharing.Category;
import org.tandem.sharing.Decision;
import org.tandem.sharing.Disclosures;
import org.tandem.status.CurrentDetermination;
import org.tandem.status.StatusService;
import org.tandem.youth.Episode;
import org.tandem.youth.PlacementsAndEpisodes;
import org.tandem.platform.YouthId;

/**
 * What a worker needs first about a youth, read from the modules that own it: missing
 * now, the open crisis and its clocks, the determinations in force, the next screening
 * and MDT, the safety plan's version. Each item is read only when the decision point
 * allows its category; otherwise it is {@link Item#hidden()} and the page says so, never
 * a false "none".
 */
@Service
@Transactional // not read-only: every read is audited by the module that owns it
public class RecordSummary {

	/**
	 * One item of the summary: whether the viewer may see it, and what there is (null:
	 * nothing).
	 */
	public record Item<T>(boolean shown, T value) {

		static <T> Item<T> hidden() {
			return new Item<>(false, null);
		}

		public boolean none() {
			return shown && (value == null || value instanceof List<?> list && list.isEmpty());
		}
	}

	public record Missing(Instant since, long hoursAway) {
	}

	/** The next MDT: a scheduled meeting, or else the clock by which one must be held. */
	public record NextMdt(OffsetDateTime at, UUID meetingId, String clock) {
	}

	public record Summary(Item<Missing> missing, Item<TeamResponse> crisis,
			Item<List<CurrentDetermination>> determinations, Item<DueScreening> screening, Item<NextMdt> mdt,
			Item<SafetyPlan.Summary> safetyPlan) {
	}

	private final Disclosures disclosures;

	private final PlacementsAndEpisodes history;

	private final Responses responses;

	private final StatusService status;

	private final ScreeningSchedule screenings;

	private final Meetings meetings;

	private final SafetyPlans safetyPlans;

	private final java.time.Clock clock;

	RecordSummary(Disclosures disclosures, PlacementsAndEpisodes history, Responses responses, StatusService status,
			ScreeningSchedule screenings, Meetings meetings, SafetyPlans safetyPlans, java.time.Clock clock) {
		this.disclosures = disclosures;
		this.history = history;
		this.responses = responses;
		this.status = status;
		this.screenings = screenings;
		this.meetings = meetings;
		this.safetyPlans = safetyPlans;
		this.clock = clock;
	}

	Summary of(UUID youthId) {
		Map<Category, Decision> may = disclosures.decideAll(Tenancy.currentMember().orElse(null), youthId,
				Purpose.current());
		Instant now = clock.instant();
		List<TeamResponse> team = may.get(Category.MDT_MINUTES).allowed() ? responses.forYouth(youthId) : List.of();
		return new Summary(item(may, Category.LOCATION, () -> missing(youthId, now)),
				item(may, Category.MDT_MINUTES, () -> openCrisis(team)),
				item(may, Category.CSE_STATUS, () -> status.current(YouthId.of(youthId))),
				item(may, Category.SCREENING_RESULTS, () -> screenings.nextFor(YouthId.of(youthId)).orElse(null)),
				item(may, Category.MDT_MINUTES, () -> nextMdt(youthId, team, now)),
				item(may, Category.SAFETY_PLAN,
						() -> safetyPlans.versions(YouthId.of(youthId))
							.stream()
							.findFirst()
							.map(SafetyPlan::summary)
							.orElse(null)));
	}

	private static <T> Item<T> item(Map<Category, Decision> may, Category category, Supplier<T> read) {
		return may.get(category).allowed() ? new Item<>(true, read.get()) : Item.hidden();
	}

	private Missing missing(UUID youthId, Instant now) {
		return history.episodes(YouthId.of(youthId))
			.stream()
			.filter(e -> e.endedAt() == null)
			.map(Episode::startedAt)
			.min(Comparator.naturalOrder())
			.map(since -> new Missing(since, Duration.between(since, now).toHours()))
			.orElse(null);
	}

	/** The newest immediate crisis with a clock still running. */
	private static TeamResponse openCrisis(List<TeamResponse> team) {
		return team.stream()
			.filter(r -> "IMMEDIATE_CRISIS".equals(r.tier()))
			.filter(r -> r.clocks().stream().anyMatch(c -> c.metAt() == null))
			.findFirst()
			.orElse(null);
	}

	private NextMdt nextMdt(UUID youthId, List<TeamResponse> team, Instant now) {
		NextMdt meeting = meetings.forYouth(youthId)
			.stream()
			.filter(Meeting::scheduled)
			.min(Comparator.comparing(Meeting::scheduledFor))
			.map(m -> new NextMdt(m.scheduledFor(), m.id(), null))
			.orElse(null);
		if (meeting != null) {
			return meeting;
		}
		return team.stream()
			.filter(r -> !"IMMEDIATE_CRISIS".equals(r.tier()))
			.flatMap(r -> r.clocks().stream())
			.filter(c -> c.metAt() == null)
			.min(Comparator.comparing(TeamResponse.ClockView::dueAt))
			.map(c -> new NextMdt(c.dueAt(), null, c.name()))
			.orElse(null);
	}

}
