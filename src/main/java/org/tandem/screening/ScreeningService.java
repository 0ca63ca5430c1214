package org.tandem.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.county.TrainingRecords;
import org.tandem.instrument.Instrument;
import org.tandem.instrument.Instruments;
import org.tandem.instrument.Score;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.sharing.Category;
import org.tandem.sharing.Disclosures;
import org.tandem.youth.YouthRegistry;
import org.tandem.platform.UserId;

/**
 * Screenings of the signed-in user's county as the decision point lets each person see
 * them; every read is audited against the youth. {@link ScreeningRecording} writes them
 * (only people with a current training screen).
 */
@Service
@Transactional
public class ScreeningService {

	public static final String STARTED = "SCREENING_STARTED", SAVED = "SCREENING_DRAFT_SAVED",
			SUBMITTED = "SCREENING_SUBMITTED", AMENDED = "SCREENING_AMENDED", VIEWED = "SCREENING_VIEWED";

	/** As the column keeps it. */
	static final int MAX_REASON = 2000;

	private final Screenings screenings;

	private final Instruments instruments;

	private final YouthRegistry youth;

	private final TrainingRecords training;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final Disclosures disclosures;

	ScreeningService(Screenings screenings, Instruments instruments, YouthRegistry youth, TrainingRecords training,
			Counties counties, AuditLog audit, Clock clock, Disclosures disclosures) {
		this.disclosures = disclosures;
		this.screenings = screenings;
		this.instruments = instruments;
		this.youth = youth;
		this.training = training;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The submitted answers scored under another version of the same instrument; nothing
	 * is saved.
	 */
	public Score rescore(UUID id, int version) {
		// the answers are scored, not shown: seeing results is enough
		Screening screening = screenings.findById(id)
			.orElseThrow(() -> new TandemException(ErrorCode.SCREENING_NOT_FOUND));
		disclosures.require(screening.youthId(), Category.SCREENING_RESULTS, Purpose.current());
		audit.record(VIEWED, screening.youthId(), Purpose.current(), "rescore");
		if (!screening.submitted()) {
			throw new TandemException(ErrorCode.SCREENING_NOT_SUBMITTED);
		}
		Instrument other = instruments.get(screening.instrumentId(), version);
		return other.score(screening.answers());
	}

	/**
	 * One screening as the decision point lets the signed-in person see it: a draft to
	 * its author or to those who may see answers; a submitted one to those who may see
	 * results, without the answers unless they may see those too. Refused with the
	 * explanation otherwise.
	 */
	public Screening view(UUID id) {
		Screening screening = screenings.findById(id)
			.orElseThrow(() -> new TandemException(ErrorCode.SCREENING_NOT_FOUND));
		Purpose purpose = Purpose.current();
		Screening shown;
		if (!screening.submitted()) {
			requireDraftVisible(screening);
			shown = screening;
		}
		else {
			disclosures.require(screening.youthId(), Category.SCREENING_RESULTS, purpose);
			shown = disclosures.decide(screening.youthId(), Category.SCREENING_ANSWERS, purpose).allowed() ? screening
					: withoutAnswers(screening);
		}
		audit.record(VIEWED, screening.youthId(), purpose, null);
		return shown;
	}

	/**
	 * The youth's screenings the signed-in person may see: submitted ones with results
	 * allowed (answers left out unless allowed too), drafts of their own or with answers
	 * allowed.
	 */
	public List<Screening> forYouth(UUID youthId) {
		youth.requireExists(youthId);
		var visible = disclosures.visibleCategories(youthId, Purpose.current());
		UUID me = Tenancy.currentMember().map(CountyMember::userId).orElse(null);
		boolean answers = visible.contains(Category.SCREENING_ANSWERS);
		List<Screening> found = screenings.forYouth(youthId)
			.stream()
			.filter(s -> s.submitted() ? visible.contains(Category.SCREENING_RESULTS)
					: answers || java.util.Objects.equals(s.startedBy(), me))
			.map(s -> !s.submitted() || answers ? s : withoutAnswers(s))
			.toList();
		if (!found.isEmpty()) {
			audit.record(VIEWED, youthId, Purpose.current(), found.size() + " screenings");
		}
		return found;
	}

	/**
	 * The youth's screenings for a client: as {@link #forYouth}, but refused with the
	 * reason when the viewer may see none of them, rather than an empty list that looks
	 * like "never screened".
	 */
	public List<Screening> forYouthOrRefuse(UUID youthId) {
		List<Screening> found = forYouth(youthId);
		if (found.isEmpty()) {
			disclosures.require(youthId, Category.SCREENING_RESULTS, Purpose.current());
		}
		return found;
	}

	/**
	 * Whether the screening is a submitted screening of this youth (other modules cite
	 * screenings).
	 */
	@Transactional(readOnly = true)
	public boolean isSubmittedScreeningOf(UUID youthId, UUID screeningId) {
		return screenings.findById(screeningId).filter(s -> s.submitted() && s.youthId().equals(youthId)).isPresent();
	}

	/** Whether the signed-in person may screen today. */
	@Transactional(readOnly = true)
	public boolean mayScreen() {
		return Tenancy.currentMember()
			.map(member -> training.hasCurrentTraining(UserId.of(member.userId()), today()))
			.orElse(false);
	}

	/**
	 * A draft is its author's work in progress; anyone else needs sight of the youth's
	 * answers.
	 */
	void requireDraftVisible(Screening draft) {
		UUID me = Tenancy.currentMember().map(CountyMember::userId).orElse(null);
		if (!java.util.Objects.equals(draft.startedBy(), me)) {
			disclosures.require(draft.youthId(), Category.SCREENING_ANSWERS, Purpose.current());
		}
	}

	/**
	 * The result without the youth's own words, for those who may see results but not
	 * answers.
	 */
	static Screening withoutAnswers(Screening s) {
		return new Screening(s.id(), s.youthId(), s.instrumentId(), s.instrumentVersion(), s.scoringVersion(),
				s.status(), Map.of(), Map.of(), s.scriptConfirmed(), s.screenedOn(), s.startedBy(), s.startedAt(),
				s.updatedAt(), s.submittedBy(), s.submittedAt(), s.result(), s.amendsId(), s.amendmentReason(),
				s.amendedById(), s.imported(), s.version());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(zone()));
	}

	/** The county's time zone, in which days and clocks are read. */
	@Transactional(readOnly = true)
	public ZoneId zone() {
		return counties.currentZone();
	}

}
