package org.tandem.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.sharing.Category;
import org.tandem.sharing.Denials;
import org.tandem.sharing.Disclosures;
import org.tandem.sharing.ListDecision;
import org.tandem.youth.MissingYouth;
import org.tandem.youth.PlacementsAndEpisodes;
import org.tandem.youth.YouthRegistry;

/**
 * The youth away now (an open runaway episode), longest away first, with the reports owed
 * within 24 hours of their going: of the viewer's agency (youth on its team) or of the
 * county. Three queries whatever the number of rows: the episodes, the decisions for all
 * their youth, their report tasks. A row is shown only where the decision point allows
 * the youth's location; the name only where it allows identity; the reports only where it
 * allows the team's work (as the task lists do).
 */
@Service
@Transactional // not read-only: the rows shown are audited, and break-glass use too
public class MissingNow {

	public enum Scope {

		AGENCY, COUNTY;

		/**
		 * The scope asked for in any letter case (the agency's by default); another word
		 * is refused on its field.
		 */
		public static Scope parse(String value) {
			if (value == null || value.isBlank()) {
				return AGENCY;
			}
			try {
				return valueOf(value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw TandemException.onField(ErrorCode.INVALID_PARAMETER, "scope", "scope");
			}
		}

	}

	/**
	 * A report owed for the episode: done (when), or due (and whether overdue), on the
	 * county's clock.
	 */
	public record Report(UUID taskId, TaskType type, OffsetDateTime dueAt, OffsetDateTime doneAt, boolean done,
			boolean overdue) {
	}

	/**
	 * @param name null when the viewer may not see who the youth is
	 * @param reports null when the viewer may not see the team's tasks for the youth
	 */
	public record Row(UUID youthId, UUID episodeId, String name, OffsetDateTime startedAt, long hoursAway,
			List<Report> reports) {
	}

	static final int LIMIT = 500;

	static final Set<TaskType> REPORTS = EnumSet.of(TaskType.LAW_ENFORCEMENT_MISSING_REPORT, TaskType.NCMEC_REPORT);

	private final PlacementsAndEpisodes episodes;

	private final Disclosures disclosures;

	private final Denials denials;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Counties counties;

	private final Clock clock;

	MissingNow(PlacementsAndEpisodes episodes, Disclosures disclosures, Denials denials, JdbcClient jdbc,
			AuditLog audit, Counties counties, Clock clock) {
		this.episodes = episodes;
		this.disclosures = disclosures;
		this.denials = denials;
		this.jdbc = jdbc;
		this.audit = audit;
		this.counties = counties;
		this.clock = clock;
	}

	public List<Row> list(Scope scope) {
		Purpose purpose = Purpose.current();
		denials.eligible(Category.LOCATION, purpose).orThrow();
		List<MissingYouth> away = episodes.missingNow(LIMIT);
		Map<UUID, ListDecision> decisions = disclosures.decideEach(away.stream().map(MissingYouth::youthId).toList(),
				EnumSet.of(Category.LOCATION, Category.IDENTITY, Category.MDT_MINUTES), purpose);
		List<MissingYouth> shown = away.stream().filter(youth -> {
			ListDecision decision = decisions.get(youth.youthId());
			return decision != null && decision.allowed(Category.LOCATION)
					&& (scope == Scope.COUNTY || decision.onTeam());
		}).toList();
		Map<UUID, List<Report>> reports = reports(shown);
		ZoneId zone = counties.currentZone();
		Instant now = clock.instant();
		List<Row> rows = new ArrayList<>();
		for (MissingYouth youth : shown) {
			ListDecision decision = decisions.get(youth.youthId());
			Duration gone = Duration.between(youth.startedAt(), now);
			rows.add(new Row(youth.youthId(), youth.episodeId(),
					decision.allowed(Category.IDENTITY) ? youth.name() : null,
					youth.startedAt().atZone(zone).toOffsetDateTime(), gone.isNegative() ? 0 : gone.toHours(),
					decision.allowed(Category.MDT_MINUTES) ? reports.getOrDefault(youth.episodeId(), List.of())
							: null));
		}
		audit.recordAll(YouthRegistry.LISTED, rows.stream().map(Row::youthId).toList(), purpose, "missing now");
		return rows;
	}

	/** The report tasks of the episodes, by episode, in one query. */
	private Map<UUID, List<Report>> reports(List<MissingYouth> shown) {
		Map<UUID, List<Report>> reports = new HashMap<>();
		if (shown.isEmpty()) {
			return reports;
		}
		ZoneId zone = counties.currentZone();
		Instant now = clock.instant();
		jdbc.sql("""
				select id, subject_id, task_type, due_at, done_at from task
				where subject_id = any(cast(:episodes as uuid[])) and task_type in (:types)
				order by due_at, task_type""")
			.param("episodes", shown.stream().map(MissingYouth::episodeId).toArray(UUID[]::new))
			.param("types", REPORTS.stream().map(Enum::name).toList())
			.query(rs -> {
				Instant due = rs.getTimestamp("due_at").toInstant();
				java.sql.Timestamp done = rs.getTimestamp("done_at");
				reports.computeIfAbsent(rs.getObject("subject_id", UUID.class), k -> new ArrayList<>())
					.add(new Report(rs.getObject("id", UUID.class), TaskType.valueOf(rs.getString("task_type")),
							due.atZone(zone).toOffsetDateTime(),
							done == null ? null : done.toInstant().atZone(zone).toOffsetDateTime(), done != null,
							done == null && due.isBefore(now)));
			});
		return reports;
	}

}
