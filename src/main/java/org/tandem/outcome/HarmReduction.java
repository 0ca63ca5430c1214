package org.tandem.outcome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.sharing.Category;
import org.tandem.sharing.Decision;
import org.tandem.sharing.Disclosures;
import org.tandem.youth.YouthRegistry;

/**
 * Harm-reduction notes: each names the measure that improved and is shared under that
 * measure's category.
 */
@Service
@Transactional
public class HarmReduction {

	static final String NOTED = "HARM_REDUCTION_NOTED";

	static final int MAX_NOTE = 2000;

	record NewNote(String measureId, String note, LocalDate notedOn) {
	}

	private final JdbcClient jdbc;

	private final YouthRegistry youth;

	private final OutcomeFrameworks frameworks;

	private final Outcomes outcomes;

	private final Disclosures disclosures;

	private final AuditLog audit;

	private final Clock clock;

	HarmReduction(JdbcClient jdbc, YouthRegistry youth, OutcomeFrameworks frameworks, Outcomes outcomes,
			Disclosures disclosures, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.youth = youth;
		this.frameworks = frameworks;
		this.outcomes = outcomes;
		this.disclosures = disclosures;
		this.audit = audit;
		this.clock = clock;
	}

	HarmReductionNote note(UUID youthId, NewNote request) {
		youth.requireExists(youthId);
		Measure measure = frameworks.measure(request.measureId(), "measureId");
		disclosures.require(youthId, measure.domain().category(), Purpose.current());
		String note = Inputs.reason(request.note(), "note", MAX_NOTE);
		LocalDate on = outcomes.pastDay(youthId,
				request.notedOn() == null ? LocalDate.now(clock.withZone(zoneOf())) : request.notedOn(), "notedOn");
		CountyMember me = Tenancy.currentMember().orElseThrow(() -> new TandemException(ErrorCode.NOT_AUTHENTICATED));
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into harm_reduction_note (county_id, id, youth_id, measure_id, domain, noted_on, note,
				    recorded_by, recorded_agency, recorded_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, youthId, measure.id(), measure.domain().name(), on, note, me.userId(), me.agencyId(),
					Timestamp.from(clock.instant()))
			.update();
		audit.record(NOTED, youthId, Purpose.current(), measure.domain().category() + " " + measure.id());
		return rows(youthId).stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * The youth's notes, newest first, those of a category this person may not see left
	 * out; refused (403, audited) to whoever may not see the youth's outcomes.
	 */
	public List<HarmReductionNote> notes(UUID youthId) {
		youth.requireExists(youthId);
		disclosures.require(youthId, Category.OUTCOMES, Purpose.current());
		Map<Category, Decision> decisions = disclosures.decideAll(Tenancy.currentMember().orElse(null), youthId,
				Purpose.current());
		return audit.seen(Outcomes.VIEWED, youthId, "OUTCOMES harm-reduction notes",
				() -> rows(youthId).stream().filter(n -> decisions.get(n.domain().category()).allowed()).toList());
	}

	private List<HarmReductionNote> rows(UUID youthId) {
		return jdbc.sql("""
				select h.id, h.youth_id, h.measure_id, h.domain, h.noted_on, h.note, h.recorded_by,
				       p.display_name as recorded_by_name, h.recorded_at
				from harm_reduction_note h left join person_directory p on p.id = h.recorded_by
				where h.youth_id = ?
				order by h.noted_on desc, h.recorded_at desc""")
			.param(youthId)
			.query((rs, n) -> new HarmReductionNote(rs.getObject("id", UUID.class),
					rs.getObject("youth_id", UUID.class), rs.getString("measure_id"),
					Domain.valueOf(rs.getString("domain")), rs.getObject("noted_on", LocalDate.class),
					rs.getString("note"), rs.getObject("recorded_by", UUID.class), rs.getString("recorded_by_name"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private java.time.ZoneId zoneOf() {
		return outcomes.zone();
	}

}
