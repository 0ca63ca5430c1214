package org.tandem.response;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.Texts;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.TandemException.FieldError;
import org.tandem.platform.Tenancy;
import org.tandem.sharing.Category;

/**
 * The responder's record of an immediate crisis. Saving it meets the protocol's
 * engagement clock (named {@value #ENGAGE_CLOCK}) at the recorded engagement time, and
 * publishes {@link EngagementSaved}, which closes the 72-hour tasks it answers: the
 * placement, the basic needs with the humanitarian bag, the medical evaluation.
 */
@Service
@Transactional
public class Engagements {

	public static final String SAVED = "ENGAGEMENT_SAVED", VIEWED = "ENGAGEMENT_VIEWED";

	/**
	 * The immediate crisis clock that engagement meets, in the model protocol and county
	 * versions alike.
	 */
	static final String ENGAGE_CLOCK = "engage";

	private final JdbcClient jdbc;

	private final Responses responses;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final ResponseSharing sharing;

	Engagements(JdbcClient jdbc, Responses responses, ApplicationEventPublisher events, AuditLog audit, Clock clock,
			ResponseSharing sharing) {
		this.sharing = sharing;
		this.jdbc = jdbc;
		this.responses = responses;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	public Engagement get(UUID responseId) {
		TeamResponse response = crisis(responseId);
		sharing.require(response.youthId(), Category.LOCATION);
		audit.record(VIEWED, response.youthId(), Purpose.current(), null);
		return find(responseId);
	}

	/**
	 * Saves the record as the responder sees it now; refused if someone saved since they
	 * loaded it.
	 */
	public Engagement save(UUID responseId, Engagement.Form form) {
		TeamResponse response = crisis(responseId);
		sharing.require(response.youthId(), Category.LOCATION);
		check(form, response.identifiedAt().toInstant());
		Engagement before = find(responseId);
		if (form.seenVersion() != before.version()) {
			throw new TandemException(ErrorCode.ENGAGEMENT_CHANGED_MEANWHILE);
		}
		UUID me = Tenancy.currentMember().map(CountyMember::userId).orElse(null);
		Object[] values = { time(form.engagedAt()), Texts.blankToNull(form.engagedWhere()),
				Texts.blankToNull(form.temporaryPlacement()), Engagement.Form.yes(form.food()),
				Engagement.Form.yes(form.shelter()), Engagement.Form.yes(form.clothing()),
				Engagement.Form.yes(form.rest()), Engagement.Form.yes(form.humanitarianBag()),
				time(form.medicalScheduledAt()), time(form.medicalCompletedAt()), time(form.mentalHealthScheduledAt()),
				time(form.mentalHealthCompletedAt()), Texts.blankToNull(form.note()), me,
				Timestamp.from(clock.instant()) };
		int changed;
		if (before.version() == 0) {
			changed = jdbc
				.sql("""
						insert into engagement (engaged_at, engaged_where, temporary_placement, food, shelter, clothing, rest,
						    humanitarian_bag, medical_scheduled_at, medical_completed_at, mental_health_scheduled_at,
						    mental_health_completed_at, note, updated_by, updated_at, county_id, response_id)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_county(), ?)
						on conflict do nothing""")
				.params(append(values, responseId))
				.update();
		}
		else {
			changed = jdbc
				.sql("""
						update engagement set engaged_at = ?, engaged_where = ?, temporary_placement = ?, food = ?, shelter = ?,
						    clothing = ?, rest = ?, humanitarian_bag = ?, medical_scheduled_at = ?, medical_completed_at = ?,
						    mental_health_scheduled_at = ?, mental_health_completed_at = ?, note = ?, updated_by = ?, updated_at = ?, version = version + 1
						where response_id = ? and version = ?""")
				.params(append(append(values, responseId), before.version()))
				.update();
		}
		if (changed != 1) {
			throw new TandemException(ErrorCode.ENGAGEMENT_CHANGED_MEANWHILE);
		}
		Engagement after = find(responseId);
		meetEngagementClock(response, after, form.lateReason());
		events.publishEvent(new EngagementSaved(after, clock.instant()));
		audit.record(SAVED, response.youthId(), Purpose.TREATMENT, null);
		return after;
	}

	private void meetEngagementClock(TeamResponse response, Engagement engagement, String lateReason) {
		if (engagement.engagedAt() == null) {
			return;
		}
		response.clocks()
			.stream()
			.filter(c -> c.name().equals(ENGAGE_CLOCK) && c.metAt() == null)
			.findFirst()
			.ifPresent(c -> {
				try {
					responses.meet(response.id(), ENGAGE_CLOCK, engagement.engagedAt(), lateReason);
				}
				catch (TandemException ex) {
					// the same problem, on the field of this form
					throw ex.code() == ErrorCode.BREACH_REASON_REQUIRED
							? TandemException.onField(ErrorCode.BREACH_REASON_REQUIRED, "lateReason") : ex;
				}
			});
	}

	private TeamResponse crisis(UUID responseId) {
		TeamResponse response = responses.get(responseId);
		if (!"IMMEDIATE_CRISIS".equals(response.tier())) {
			throw new TandemException(ErrorCode.ENGAGEMENT_ONLY_FOR_IMMEDIATE_CRISIS);
		}
		return response;
	}

	private void check(Engagement.Form form, Instant identified) {
		List<FieldError> errors = new ArrayList<>();
		Instant now = clock.instant().plusSeconds(60);
		notBefore(errors, "engagedAt", form.engagedAt(), identified, now);
		notBefore(errors, "medicalCompletedAt", form.medicalCompletedAt(), identified, now);
		if (form.medicalScheduledAt() != null && form.medicalScheduledAt().toInstant().isBefore(identified)) {
			errors.add(FieldError.of("medicalScheduledAt", ErrorCode.BEFORE_IDENTIFICATION));
		}
		notBefore(errors, "mentalHealthCompletedAt", form.mentalHealthCompletedAt(), identified, now);
		if (form.mentalHealthScheduledAt() != null && form.mentalHealthScheduledAt().toInstant().isBefore(identified)) {
			errors.add(FieldError.of("mentalHealthScheduledAt", ErrorCode.BEFORE_IDENTIFICATION));
		}
		notBeforeScheduled(errors, "medicalCompletedAt", form.medicalScheduledAt(), form.medicalCompletedAt());
		notBeforeScheduled(errors, "mentalHealthCompletedAt", form.mentalHealthScheduledAt(),
				form.mentalHealthCompletedAt());
		Inputs.collect(errors, () -> Inputs.text(form.engagedWhere(), "engagedWhere", 500));
		Inputs.collect(errors, () -> Inputs.text(form.temporaryPlacement(), "temporaryPlacement", 500));
		Inputs.collect(errors, () -> Inputs.text(form.note(), "note", 4000));
		Inputs.collect(errors, () -> Inputs.text(form.lateReason(), "lateReason", 2000));
		if (!errors.isEmpty()) {
			throw TandemException.onFields(ErrorCode.VALIDATION_FAILED, errors);
		}
	}

	/** An evaluation is done at or after the time it was scheduled for, never before. */
	private static void notBeforeScheduled(List<FieldError> errors, String field, OffsetDateTime scheduled,
			OffsetDateTime completed) {
		if (scheduled != null && completed != null && completed.toInstant().isBefore(scheduled.toInstant())) {
			errors.add(FieldError.of(field, ErrorCode.EVALUATION_COMPLETED_BEFORE_SCHEDULED));
		}
	}

	/** A past event: not before the youth was identified, not in the future. */
	private static void notBefore(List<FieldError> errors, String field, OffsetDateTime value, Instant identified,
			Instant now) {
		if (value == null) {
			return;
		}
		if (value.toInstant().isBefore(identified)) {
			errors.add(FieldError.of(field, ErrorCode.BEFORE_IDENTIFICATION));
		}
		else if (value.toInstant().isAfter(now)) {
			errors.add(FieldError.of(field, ErrorCode.DATE_IN_FUTURE));
		}
	}

	private Engagement find(UUID responseId) {
		return jdbc.sql("""
				select response_id, engaged_at, engaged_where, temporary_placement, food, shelter, clothing, rest,
				    humanitarian_bag, medical_scheduled_at, medical_completed_at, mental_health_scheduled_at,
				    mental_health_completed_at, note, version, updated_at
				from engagement where response_id = ?""")
			.param(responseId)
			.query(this::map)
			.optional()
			.orElse(Engagement.none(responseId));
	}

	private Engagement map(ResultSet rs, int row) throws SQLException {
		ZoneId zone = responses.zone();
		return new Engagement(rs.getObject("response_id", UUID.class), at(rs, "engaged_at", zone),
				rs.getString("engaged_where"), rs.getString("temporary_placement"), rs.getBoolean("food"),
				rs.getBoolean("shelter"), rs.getBoolean("clothing"), rs.getBoolean("rest"),
				rs.getBoolean("humanitarian_bag"), at(rs, "medical_scheduled_at", zone),
				at(rs, "medical_completed_at", zone), at(rs, "mental_health_scheduled_at", zone),
				at(rs, "mental_health_completed_at", zone), rs.getString("note"), rs.getInt("version"),
				at(rs, "updated_at", zone));
	}

	private static OffsetDateTime at(ResultSet rs, String column, ZoneId zone) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant().atZone(zone).toOffsetDateTime();
	}

	private static Timestamp time(OffsetDateTime value) {
		return value == null ? null : Timestamp.from(value.toInstant());
	}

	private static Object[] append(Object[] values, Object more) {
		Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
		all[values.length] = more;
		return all;
	}

}
