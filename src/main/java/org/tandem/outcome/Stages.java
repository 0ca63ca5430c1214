package org.tandem.outcome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.outcome.StageOfChange.Concern;
import org.tandem.outcome.StageOfChange.Stage;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.sharing.Category;
import org.tandem.sharing.Disclosures;
import org.tandem.youth.YouthRegistry;

/**
 * Stages of change per youth and concern. Every assessment is a new row: the history
 * shows the fluidity between stages, and moving back is allowed. A stage about substance
 * use is shared as substance use; the others as outcomes.
 */
@Service
@Transactional
public class Stages {

	static final String RECORDED = "STAGE_OF_CHANGE_RECORDED", VIEWED = "STAGES_OF_CHANGE_VIEWED";

	static final int MAX_CONCERN = 100, MAX_NOTE = 2000;

	record NewStage(String concern, String stage, LocalDate assessedOn, String note) {
	}

	private final JdbcClient jdbc;

	private final YouthRegistry youth;

	private final Disclosures disclosures;

	private final Outcomes outcomes;

	private final AuditLog audit;

	private final Clock clock;

	Stages(JdbcClient jdbc, YouthRegistry youth, Disclosures disclosures, Outcomes outcomes, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.youth = youth;
		this.disclosures = disclosures;
		this.outcomes = outcomes;
		this.audit = audit;
		this.clock = clock;
	}

	StageOfChange record(UUID youthId, NewStage request) {
		youth.requireExists(youthId);
		String words = Inputs.required(Inputs.text(request.concern(), "concern", MAX_CONCERN), "concern");
		Concern named = Concern.named(words);
		String concern = named == null ? words : named.name();
		disclosures.require(youthId, category(concern), Purpose.current());
		Stage stage = Inputs.required(Inputs.choice(Stage.class, request.stage(), "stage"), "stage");
		LocalDate on = outcomes.pastDay(youthId, Inputs.required(request.assessedOn(), "assessedOn"), "assessedOn");
		String note = Inputs.text(request.note(), "note", MAX_NOTE);
		CountyMember me = Tenancy.currentMember().orElseThrow(() -> new TandemException(ErrorCode.NOT_AUTHENTICATED));
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into stage_of_change (county_id, id, youth_id, concern, stage, assessed_on, note, recorded_by,
				    recorded_agency, recorded_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, youthId, concern, stage.name(), on, note, me.userId(), me.agencyId(),
					Timestamp.from(clock.instant()))
			.update();
		audit.record(RECORDED, youthId, Purpose.current(), stage.name());
		return history(youthId, false).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * The youth's stages, by concern and then day, those of a concern this person may not
	 * see left out; refused (403, audited) to whoever may not see the youth's outcomes.
	 */
	public List<StageOfChange> history(UUID youthId) {
		youth.requireExists(youthId);
		disclosures.require(youthId, Category.OUTCOMES, Purpose.current());
		return audit.seen(VIEWED, youthId, null, () -> history(youthId, true));
	}

	private List<StageOfChange> history(UUID youthId, boolean filtered) {
		List<StageOfChange> all = jdbc.sql("""
				select s.id, s.youth_id, s.concern, s.stage, s.assessed_on, s.note, s.recorded_by,
				       p.display_name as recorded_by_name, s.recorded_at
				from stage_of_change s left join person_directory p on p.id = s.recorded_by
				where s.youth_id = ?
				order by s.concern, s.assessed_on, s.recorded_at""")
			.param(youthId)
			.query((rs, n) -> new StageOfChange(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
					rs.getString("concern"), Stage.valueOf(rs.getString("stage")),
					rs.getObject("assessed_on", LocalDate.class), rs.getString("note"),
					rs.getObject("recorded_by", UUID.class), rs.getString("recorded_by_name"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
		if (!filtered || all.stream().noneMatch(s -> category(s.concern()) != Category.OUTCOMES)) {
			return all;
		}
		boolean substance = disclosures.decide(youthId, Category.SUBSTANCE_USE, Purpose.current()).allowed();
		return all.stream().filter(s -> substance || category(s.concern()) == Category.OUTCOMES).toList();
	}

	static Category category(String concern) {
		return Concern.SUBSTANCE_USE.name().equals(concern) ? Category.SUBSTANCE_USE : Category.OUTCOMES;
	}

}
