package org.tandem.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.Inputs;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.county.Role;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.screening.ScreeningService;
import org.tandem.sharing.Category;
import org.tandem.sharing.Disclosures;
import org.tandem.sharing.Teams;
import org.tandem.status.StatusValues.IncidentKind;
import org.tandem.status.StatusValues.IncidentSource;
import org.tandem.status.StatusValues.Kind;
import org.tandem.status.StatusValues.Source;
import org.tandem.status.StatusValues.State;
import org.tandem.youth.YouthRegistry;
import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;

/**
 * Records and closes determinations and incidents. Nothing is set automatically: a person
 * records each determination, with its date and source, and a person closes it.
 */
@Service
@Transactional
public class StatusService {

	public static final String DETERMINATION_RECORDED = "DETERMINATION_RECORDED",
			DETERMINATION_CLOSED = "DETERMINATION_CLOSED", INCIDENT_RECORDED = "INCIDENT_RECORDED",
			STATUS_VIEWED = "STATUS_VIEWED";

	/**
	 * {@code determinedAt}: a date, or a date-time with offset (read as its day in the
	 * county).
	 */
	record NewDetermination(String kind, String determinedAt, String source, UUID screeningId, String note,
			List<UUID> incidentIds) {
	}

	record Closing(LocalDate closedOn, LocalDate lastKnownOn, String reason) {
	}

	record NewIncident(LocalDate occurredFrom, LocalDate occurredTo, Boolean approximate, String locationCounty,
			String locationCity, List<String> sourceTypes, List<String> kinds, Boolean reportedToLawEnforcement,
			OffsetDateTime reportedAt, String note, List<UUID> determinationIds) {
	}

	private final StatusRecords records;

	private final Disclosures disclosures;

	private final Teams teams;

	private final YouthRegistry youth;

	private final ScreeningService screenings;

	private final Counties counties;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StatusService(StatusRecords records, Disclosures disclosures, Teams teams, YouthRegistry youth,
			ScreeningService screenings, Counties counties, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.records = records;
		this.disclosures = disclosures;
		this.teams = teams;
		this.youth = youth;
		this.screenings = screenings;
		this.counties = counties;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a determination. Whoever may see the youth may record one (it reveals
	 * nothing already recorded); the recorder's agency joins the youth's team, as it now
	 * works with the youth. Citing incidents needs sight of the youth's CSE status.
	 */
	Determination record(UUID youthId, NewDetermination request) {
		youth.requireExists(youthId);
		disclosures.require(youthId, Category.IDENTITY, Purpose.current());
		CountyMember me = Tenancy.currentMember().orElseThrow(() -> new TandemException(ErrorCode.NOT_AUTHENTICATED));
		Kind kind = Inputs.choice(Kind.class, request.kind(), "kind");
		if (kind == null) {
			throw Inputs.notOneOf("kind", Inputs.allowed(Kind.class));
		}
		Source source = Inputs.choice(Source.class, request.source(), "source");
		if (source == null) {
			throw TandemException.onField(ErrorCode.SOURCE_REQUIRED, "source");
		}
		LocalDate on = notBeforeBirth(youthId, notInFuture(day(request.determinedAt(), "determinedAt"), "determinedAt"),
				"determinedAt");
		if (source == Source.SCREENING && (request.screeningId() == null
				|| !screenings.isSubmittedScreeningOf(youthId, request.screeningId()))) {
			throw TandemException.onField(ErrorCode.SCREENING_OF_ANOTHER_YOUTH, "screeningId");
		}
		List<UUID> incidents = request.incidentIds() == null ? List.of() : List.copyOf(request.incidentIds());
		UUID id = UUID.randomUUID();
		if (me.agencyId() != null) {
			teams.join(YouthId.of(youthId), AgencyId.of(me.agencyId()), Teams.Source.CASE, id);
		}
		if (!incidents.isEmpty()) {
			requireStatus(youthId);
		}
		if (records.incidentsOf(youthId, incidents).size() != incidents.size()) {
			throw TandemException.onField(ErrorCode.INCIDENT_NOT_FOUND, "incidentIds");
		}
		Determination determination = new Determination(id, youthId, kind, on, source,
				source == Source.SCREENING ? request.screeningId() : null, Inputs.text(request.note(), "note", 2000),
				me.userId(), me.agencyId(), clock.instant(), State.ACTIVE, null, null, null, incidents);
		records.insert(determination);
		audit.record(DETERMINATION_RECORDED, youthId, Purpose.IDENTIFICATION, kind.name());
		events.publishEvent(new DeterminationRecorded(YouthId.of(youthId), DeterminationId.of(determination.id()),
				kind.name(), incidents.stream().map(IncidentId::of).toList(),
				me.roleNames().stream().map(Role::valueOf).anyMatch(Role::mandatedReporter), UserId.of(me.userId()),
				AgencyId.of(me.agencyId()), determination.recordedAt(),
				suspectedAt(request.determinedAt(), on, determination.recordedAt())));
		return determination;
	}

	/** Resolves (with the last known occurrence) or rules out an active determination. */
	Determination close(UUID id, State state, Closing closing) {
		Determination determination = records.determination(id)
			.orElseThrow(() -> new TandemException(ErrorCode.DETERMINATION_NOT_FOUND));
		requireStatus(determination.youthId());
		if (!determination.current()) {
			throw new TandemException(ErrorCode.ALREADY_CLOSED);
		}
		LocalDate closedOn = notInFuture(closing.closedOn() == null ? today() : closing.closedOn(), "closedOn");
		LocalDate lastKnown = closing.lastKnownOn() == null ? null : notInFuture(closing.lastKnownOn(), "lastKnownOn");
		if (closedOn.isBefore(determination.determinedOn()) || (lastKnown != null && lastKnown.isAfter(closedOn))) {
			throw TandemException.onField(ErrorCode.DATE_RANGE_INVERTED, "closedOn");
		}
		if (!records.close(id, state, closedOn, lastKnown, Inputs.text(closing.reason(), "reason", 2000),
				Tenancy.currentMember().map(CountyMember::userId).orElse(null))) {
			throw new TandemException(ErrorCode.ALREADY_CLOSED);
		}
		audit.record(DETERMINATION_CLOSED, determination.youthId(), Purpose.IDENTIFICATION, state.name());
		return records.determination(id).orElseThrow();
	}

	Incident recordIncident(UUID youthId, NewIncident request) {
		youth.requireExists(youthId);
		requireStatus(youthId);
		List<IncidentSource> sourceTypes = Inputs.choices(IncidentSource.class, request.sourceTypes(), "sourceTypes");
		List<IncidentKind> kinds = Inputs.choices(IncidentKind.class, request.kinds(), "kinds");
		if (sourceTypes.isEmpty() && kinds.isEmpty()) {
			throw TandemException.onField(ErrorCode.INCIDENT_TYPE_REQUIRED, "kinds");
		}
		notBeforeBirth(youthId, notInFuture(Inputs.required(request.occurredFrom(), "occurredFrom"), "occurredFrom"),
				"occurredFrom");
		if (request.occurredTo() != null) {
			notInFuture(request.occurredTo(), "occurredTo");
			if (request.occurredTo().isBefore(request.occurredFrom())) {
				throw TandemException.onField(ErrorCode.DATE_RANGE_INVERTED, "occurredTo");
			}
		}
		if (request.reportedAt() != null && request.reportedAt().toInstant().isAfter(clock.instant())) {
			throw TandemException.onField(ErrorCode.DATE_IN_FUTURE, "reportedAt");
		}
		List<UUID> determinations = request.determinationIds() == null ? List.of()
				: List.copyOf(request.determinationIds());
		if (records.determinationsOf(youthId, determinations).size() != determinations.size()) {
			throw TandemException.onField(ErrorCode.DETERMINATION_NOT_FOUND, "determinationIds");
		}
		boolean reported = Boolean.TRUE.equals(request.reportedToLawEnforcement()) || request.reportedAt() != null;
		Incident incident = new Incident(UUID.randomUUID(), youthId, request.occurredFrom(), request.occurredTo(),
				Boolean.TRUE.equals(request.approximate()),
				Inputs.text(request.locationCounty(), "locationCounty", 100),
				Inputs.text(request.locationCity(), "locationCity", 100), sourceTypes, kinds, reported,
				request.reportedAt() == null ? null : request.reportedAt().toInstant(),
				Inputs.text(request.note(), "note", 2000),
				Tenancy.currentMember().map(CountyMember::userId).orElseThrow(), clock.instant(), determinations);
		records.insert(incident);
		audit.record(INCIDENT_RECORDED, youthId, Purpose.IDENTIFICATION, null);
		return incident;
	}

	List<Determination> determinations(UUID youthId) {
		youth.requireExists(youthId);
		requireStatus(youthId);
		return audit.seen(STATUS_VIEWED, youthId, "determinations", () -> records.determinations(youthId));
	}

	/**
	 * The youth's determinations in force, newest first; refused (403) to whoever may not
	 * see the status.
	 */
	public List<CurrentDetermination> current(YouthId youthId) {
		return determinations(youthId.value()).stream()
			.filter(Determination::current)
			.sorted(java.util.Comparator.comparing(Determination::determinedOn).reversed())
			.map(d -> new CurrentDetermination(d.kind().name(), d.determinedOn()))
			.toList();
	}

	List<Incident> incidents(UUID youthId) {
		youth.requireExists(youthId);
		requireStatus(youthId);
		return audit.seen(STATUS_VIEWED, youthId, "incidents", () -> records.incidents(youthId));
	}

	/**
	 * The days the youth's incidents happened, oldest first; refused and audited as they
	 * are.
	 */
	public List<LocalDate> incidentDays(UUID youthId) {
		return incidents(youthId).stream().map(Incident::lastDay).sorted().toList();
	}

	/**
	 * Whether the signed-in person may see this youth's CSE status (other modules ask).
	 */
	@Transactional // not read-only: emergency access used is written to the audit log
	public boolean maySeeDetails(YouthId youthId) {
		return disclosures.decide(youthId.value(), Category.CSE_STATUS, Purpose.current()).allowed();
	}

	/** Refuses, with the decision point's explanation, whoever may not see the status. */
	private void requireStatus(UUID youthId) {
		disclosures.require(youthId, Category.CSE_STATUS, Purpose.current());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(zone()));
	}

	/**
	 * A date, or a date-time with offset read as its day in the county; today when not
	 * given.
	 */
	private LocalDate day(String text, String field) {
		if (text == null || text.isBlank()) {
			return today();
		}
		return text.contains("T") ? Inputs.dateTime(text, field).atZoneSameInstant(zone()).toLocalDate()
				: Inputs.date(text, field);
	}

	/**
	 * Nothing about a youth happened before they were born: a date before it is a typing
	 * mistake.
	 */
	private LocalDate notBeforeBirth(UUID youthId, LocalDate date, String field) {
		LocalDate born = youth.dateOfBirth(youthId);
		if (born != null && date.isBefore(born)) {
			throw TandemException.onField(ErrorCode.BEFORE_BIRTH, field, field, born);
		}
		return date;
	}

	/**
	 * When the suspicion arose, the moment a mandated reporter's duty starts: the time
	 * given with {@code determinedAt}; for a date alone, the start of that day in the
	 * county when it is an earlier day (so a suspicion entered late shows its report as
	 * late), and the moment of entry when it is today (midnight would cut hours nobody
	 * knows were lost). Never after the entry. The incidents' dates are not used: the
	 * duty runs from when the reporter learned of the abuse, which may be long after it
	 * happened.
	 */
	private java.time.Instant suspectedAt(String determinedAt, LocalDate on, java.time.Instant recordedAt) {
		java.time.Instant at = determinedAt != null && determinedAt.contains("T")
				? OffsetDateTime.parse(determinedAt.strip()).toInstant()
				: on.isBefore(today()) ? on.atStartOfDay(zone()).toInstant() : recordedAt;
		return at.isAfter(recordedAt) ? recordedAt : at;
	}

	private java.time.ZoneId zone() {
		return counties.currentZone();
	}

	private LocalDate notInFuture(LocalDate date, String field) {
		if (date.isAfter(today())) {
			throw TandemException.onField(ErrorCode.DATE_IN_FUTURE, field);
		}
		return date;
	}

}
