package org.tandem.response;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import org.tandem.platform.YouthId;

/**
 * Hotline reports: the hotline records what it heard, decides the speed (immediate crisis
 * or initial MDT) and the jurisdiction, and the response starts in the same transaction,
 * its clocks running from the time the report came in. The lead agency hears of it
 * through {@link ResponseStarted}.
 */
@Service
@Transactional
public class HotlineReports {

	public static final String RECORDED = "HOTLINE_REPORT_RECORDED", VIEWED = "HOTLINE_REPORT_VIEWED";

	private final JdbcClient jdbc;

	private final Responses responses;

	private final AuditLog audit;

	private final Clock clock;

	private final ResponseSharing sharing;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final OpenCrises crises;

	HotlineReports(JdbcClient jdbc, Responses responses, AuditLog audit, Clock clock, ResponseSharing sharing,
			org.springframework.context.ApplicationEventPublisher events, OpenCrises crises) {
		this.sharing = sharing;
		this.crises = crises;
		this.events = events;
		this.jdbc = jdbc;
		this.responses = responses;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the report and starts its response. A second immediate crisis while one is
	 * open for the youth is refused ({@link ErrorCode#CRISIS_ALREADY_OPEN}, naming the
	 * open response) unless the caller confirms it is a new crisis. Mandated-report tasks
	 * the call answers are closed by it.
	 */
	public HotlineReport record(HotlineReport.Form form) {
		String speed = check(form);
		crises.refuseSecond(form.youthId(), speed, form.confirmSecondCrisis());
		TeamResponse response = responses.start(form.youthId(), speed, form.receivedAt(), form.jurisdiction());
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into hotline_report (county_id, id, youth_id, received_at, reporter_kind, reporter_name,
				    reporter_contact, youth_location, concerns, response_id, recorded_by, recorded_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, form.youthId(), Timestamp.from(form.receivedAt().toInstant()),
					form.reporterKind().strip().toUpperCase(Locale.ROOT), Texts.blankToNull(form.reporterName()),
					Texts.blankToNull(form.reporterContact()), Texts.blankToNull(form.youthLocation()),
					form.concerns().strip(), response.id(),
					Tenancy.currentMember().map(CountyMember::userId).orElse(null), Timestamp.from(clock.instant()))
			.update();
		audit.record(RECORDED, form.youthId(), Purpose.IDENTIFICATION, speed);
		events.publishEvent(new HotlineReportRecorded(HotlineReportId.of(id), YouthId.of(form.youthId()),
				form.receivedAt().toInstant(),
				form.mandatedReportTaskIds() == null ? List.of() : List.copyOf(form.mandatedReportTaskIds())));
		return find(id);
	}

	public HotlineReport get(UUID id) {
		HotlineReport report = find(id);
		sharing.require(report.youthId(), Category.CSE_STATUS);
		audit.record(VIEWED, report.youthId(), Purpose.current(), null);
		return shown(report);
	}

	/**
	 * Where the youth was is location: left out for someone who may see the report but
	 * not that.
	 */
	private HotlineReport shown(HotlineReport report) {
		if (report.youthLocation() == null || sharing.decide(report.youthId(), Category.LOCATION).allowed()) {
			return report;
		}
		return new HotlineReport(report.id(), report.youthId(), report.receivedAt(), report.reporterKind(),
				report.reporterName(), report.reporterContact(), null, report.concerns(), report.responseId(),
				report.tier(), report.jurisdiction(), report.leadAgencyId(), report.recordedAt());
	}

	/**
	 * The report that started a response, if a hotline report did and the person may see
	 * it.
	 */
	@Transactional // not read-only: break-glass use is audited
	public java.util.Optional<HotlineReport> forResponse(UUID responseId) {
		return jdbc.sql(SELECT + " where h.response_id = ?")
			.param(responseId)
			.query(this::map)
			.optional()
			.filter(report -> sharing.decide(report.youthId(), Category.CSE_STATUS).allowed())
			.map(this::shown);
	}

	/**
	 * Reports recorded by the signed-in person, newest first: the hotline's own recent
	 * calls.
	 */
	public List<HotlineReport> recordedByMe(int limit) {
		UUID me = Tenancy.currentMember().map(CountyMember::userId).orElse(null);
		List<HotlineReport> reports = sharing
			.visible(jdbc.sql(SELECT + " where h.recorded_by = ? order by h.received_at desc limit ?")
				.params(me, limit)
				.query(this::map)
				.list(), HotlineReport::youthId, Category.CSE_STATUS)
			.stream()
			.map(this::shown)
			.toList();
		audit.recordAll(VIEWED, reports.stream().map(HotlineReport::youthId).toList(), Purpose.current(), "my reports");
		return reports;
	}

	private HotlineReport find(UUID id) {
		return jdbc.sql(SELECT + " where h.id = ?")
			.param(id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.HOTLINE_REPORT_NOT_FOUND));
	}

	private static final String SELECT = """
			select h.id, h.youth_id, h.received_at, h.reporter_kind, h.reporter_name, h.reporter_contact,
			    h.youth_location, h.concerns, h.response_id, r.tier, r.jurisdiction, r.lead_agency_id, h.recorded_at
			from hotline_report h join response r on r.county_id = h.county_id and r.id = h.response_id""";

	private HotlineReport map(ResultSet rs, int row) throws SQLException {
		ZoneId zone = responses.zone();
		return new HotlineReport(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				rs.getTimestamp("received_at").toInstant().atZone(zone).toOffsetDateTime(),
				rs.getString("reporter_kind"), rs.getString("reporter_name"), rs.getString("reporter_contact"),
				rs.getString("youth_location"), rs.getString("concerns"), rs.getObject("response_id", UUID.class),
				rs.getString("tier"), rs.getString("jurisdiction"), rs.getObject("lead_agency_id", UUID.class),
				rs.getTimestamp("recorded_at").toInstant().atZone(zone).toOffsetDateTime());
	}

	/**
	 * Every problem of the form at once, on its field; the speed, upper-cased, when all
	 * is well.
	 */
	private String check(HotlineReport.Form form) {
		List<FieldError> errors = new ArrayList<>();
		if (form.youthId() == null) {
			errors.add(FieldError.of("youthId", ErrorCode.HOTLINE_YOUTH_REQUIRED));
		}
		if (form.receivedAt() == null) {
			errors.add(FieldError.of("receivedAt", ErrorCode.HOTLINE_RECEIVED_AT_REQUIRED));
		}
		else if (form.receivedAt().toInstant().isAfter(clock.instant().plusSeconds(60))) {
			errors.add(FieldError.of("receivedAt", ErrorCode.DATE_IN_FUTURE));
		}
		Inputs.collect(errors, () -> Inputs.oneOf(form.reporterKind(), HotlineReport.REPORTER_KINDS, "reporterKind"));
		String speed = Inputs.collect(errors, () -> Inputs.oneOf(form.speed(), HotlineReport.SPEEDS, "speed"));
		Inputs.collect(errors, () -> Inputs.oneOf(form.jurisdiction(), HotlineReport.JURISDICTIONS, "jurisdiction"));
		if (form.concerns() == null || form.concerns().isBlank()) {
			errors.add(FieldError.of("concerns", ErrorCode.HOTLINE_CONCERNS_REQUIRED));
		}
		Inputs.collect(errors, () -> Inputs.text(form.concerns(), "concerns", 8000));
		Inputs.collect(errors, () -> Inputs.text(form.reporterName(), "reporterName", 200));
		Inputs.collect(errors, () -> Inputs.text(form.reporterContact(), "reporterContact", 200));
		Inputs.collect(errors, () -> Inputs.text(form.youthLocation(), "youthLocation", 500));
		if (!errors.isEmpty()) {
			throw TandemException.onFields(ErrorCode.VALIDATION_FAILED, errors);
		}
		return speed;
	}

}
