package org.tandem.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
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
import org.tandem.sharing.Teams;
import org.tandem.youth.YouthRegistry;

/**
 * Screenings of the signed-in user's county. Only people with a current training screen;
 * every read and write is audited against the youth.
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

	private final Teams teams;

	ScreeningService(Screenings screenings, Instruments instruments, YouthRegistry youth, TrainingRecords training,
			Counties counties, AuditLog audit, Clock clock, Disclosures disclosures, Teams teams) {
		this.disclosures = disclosures;
		this.teams = teams;
		this.screenings = screenings;
		this.instruments = instruments;
		this.youth = youth;
		this.training = training;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens a draft; without a version, the instrument's latest. */
	public Screening startDraft(UUID youthId, String instrumentId, Integer version) {
		CountyMember screener = requireTrained();
		youth.requireExists(youthId);
		disclosures.require(youthId, Category.IDENTITY, Purpose.current());
		Instrument instrument = version == null ? instruments.latest(instrumentId)
				: instruments.get(instrumentId, version);
		Instant now = clock.instant();
		Screening draft = new Screening(UUID.randomUUID(), youthId, instrument.id(), instrument.version(), null,
				ScreeningStatus.DRAFT, Map.of(), Map.of(), false, null, screener.userId(), now, now, null, null, null,
				null, null, null, false, 0);
		screenings.insert(draft, null);
		audit.record(STARTED, youthId, Purpose.IDENTIFICATION, instrument.id() + "@" + instrument.version());
		return draft;
	}

	/**
	 * Keeps what the worker typed so far; answers need not be complete, but must fit the
	 * instrument.
	 */
	public Screening saveDraft(UUID id, Map<String, String> answers, Map<String, List<Source>> sources,
			boolean scriptConfirmed) {
		return saveDraft(id, answers, sources, scriptConfirmed, null);
	}

	/**
	 * As above, for a page that numbers its saves: a save overtaken by a later one
	 * changes nothing.
	 */
	public Screening saveDraft(UUID id, Map<String, String> answers, Map<String, List<Source>> sources,
			boolean scriptConfirmed, Long seq) {
		Screening draft = draft(id);
		requireDraftVisible(draft);
		Instrument instrument = instruments.get(draft.instrumentId(), draft.instrumentVersion());
		instrument.requireValid(answers, false);
		requireSourcesOfItems(instrument, sources);
		screenings.saveDraft(id, answers, sources, scriptConfirmed, clock.instant(), seq);
		audit.record(SAVED, draft.youthId(), Purpose.IDENTIFICATION, null);
		return screenings.findById(id).orElseThrow();
	}

	/**
	 * Submits a draft: complete answers, the script confirmed, scored now and never
	 * changed again.
	 */
	public Screening submit(UUID id, LocalDate screenedOn) {
		CountyMember screener = requireTrained();
		Screening draft = draft(id);
		requireDraftVisible(draft);
		if (!draft.scriptConfirmed()) {
			throw TandemException.onField(ErrorCode.SCRIPT_NOT_CONFIRMED, "scriptConfirmed");
		}
		Instrument instrument = instruments.get(draft.instrumentId(), draft.instrumentVersion());
		instrument.requireValid(draft.answers(), true);
		Score result = instrument.score(draft.answers());
		screenings.submit(id, result, screeningDay(screenedOn, youth.dateOfBirth(draft.youthId())), screener.userId(),
				screener.agencyId(), clock.instant());
		joinTeam(draft.youthId(), screener, id);
		audit.record(SUBMITTED, draft.youthId(), Purpose.IDENTIFICATION, result.level());
		return screenings.findById(id).orElseThrow();
	}

	/**
	 * Records and submits a complete screening in one step (the API): as on the page,
	 * only once the screener confirms the youth was told how the information will be
	 * used.
	 */
	public Screening submitNew(UUID youthId, String instrumentId, int version, Map<String, String> answers,
			Map<String, List<Source>> sources, boolean scriptConfirmed, LocalDate screenedOn) {
		CountyMember screener = requireTrained();
		if (!scriptConfirmed) {
			throw TandemException.onField(ErrorCode.SCRIPT_NOT_CONFIRMED, "scriptConfirmed");
		}
		LocalDate born = youth.dateOfBirth(youthId);
		disclosures.require(youthId, Category.IDENTITY, Purpose.current());
		Instrument instrument = instruments.get(instrumentId, version);
		instrument.requireValid(answers, true);
		requireSourcesOfItems(instrument, sources);
		Screening submitted = submitted(UUID.randomUUID(), youthId, instrument, answers, sources, scriptConfirmed,
				screeningDay(screenedOn, born), screener, null, null);
		screenings.insert(submitted, screener.agencyId());
		joinTeam(youthId, screener, submitted.id());
		audit.record(SUBMITTED, youthId, Purpose.IDENTIFICATION, submitted.result().level());
		return screenings.findById(submitted.id()).orElseThrow();
	}

	/**
	 * A corrected version of a submitted screening, with a reason; the original stays as
	 * it was.
	 */
	public Screening amend(UUID id, Map<String, String> answers, Map<String, List<Source>> sources, String reason) {
		CountyMember screener = requireTrained();
		Screening original = view(id);
		if (!original.submitted()) {
			throw new TandemException(ErrorCode.SCREENING_NOT_SUBMITTED);
		}
		String why = Inputs.reason(reason, "reason", MAX_REASON);
		if (original.amendedById() != null) {
			throw new TandemException(ErrorCode.SCREENING_ALREADY_SUBMITTED);
		}
		Instrument instrument = instruments.get(original.instrumentId(), original.instrumentVersion());
		instrument.requireValid(answers, true);
		requireSourcesOfItems(instrument, sources);
		Screening amendment = submitted(UUID.randomUUID(), original.youthId(), instrument, answers, sources,
				original.scriptConfirmed(), original.screenedOn(), screener, original.id(), why);
		try {
			screenings.insert(amendment, screener.agencyId());
		}
		catch (DuplicateKeyException ex) {
			throw new TandemException(ErrorCode.SCREENING_ALREADY_SUBMITTED);
		}
		audit.record(AMENDED, original.youthId(), Purpose.IDENTIFICATION, amendment.result().level());
		return screenings.findById(amendment.id()).orElseThrow();
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
			.map(member -> training.hasCurrentTraining(member.userId(), today()))
			.orElse(false);
	}

	private Screening submitted(UUID id, UUID youthId, Instrument instrument, Map<String, String> answers,
			Map<String, List<Source>> sources, boolean scriptConfirmed, LocalDate screenedOn, CountyMember screener,
			UUID amends, String reason) {
		Instant now = clock.instant();
		Score result = instrument.score(answers);
		return new Screening(id, youthId, instrument.id(), instrument.version(), instrument.scoringVersion(),
				ScreeningStatus.SUBMITTED, answers, sources, scriptConfirmed, screenedOn, screener.userId(), now, now,
				screener.userId(), now, result, amends, reason, null, false, 0);
	}

	private Screening draft(UUID id) {
		Screening screening = screenings.findById(id)
			.orElseThrow(() -> new TandemException(ErrorCode.SCREENING_NOT_FOUND));
		if (screening.submitted()) {
			throw new TandemException(ErrorCode.SCREENING_ALREADY_SUBMITTED);
		}
		return screening;
	}

	/**
	 * A draft is its author's work in progress; anyone else needs sight of the youth's
	 * answers.
	 */
	private void requireDraftVisible(Screening draft) {
		UUID me = Tenancy.currentMember().map(CountyMember::userId).orElse(null);
		if (!java.util.Objects.equals(draft.startedBy(), me)) {
			disclosures.require(draft.youthId(), Category.SCREENING_ANSWERS, Purpose.current());
		}
	}

	/** The screener's agency works with the youth now: it joins the youth's team. */
	private void joinTeam(UUID youthId, CountyMember screener, UUID screeningId) {
		if (screener.agencyId() != null) {
			teams.join(youthId, screener.agencyId(), Teams.Source.CASE, screeningId);
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

	private CountyMember requireTrained() {
		CountyMember member = Tenancy.currentMember()
			.orElseThrow(() -> new TandemException(ErrorCode.NOT_AUTHENTICATED));
		if (!training.hasCurrentTraining(member.userId(), today())) {
			throw new TandemException(ErrorCode.TRAINING_REQUIRED);
		}
		return member;
	}

	private static void requireSourcesOfItems(Instrument instrument, Map<String, List<Source>> sources) {
		for (var entry : sources.entrySet()) {
			if (!instrument.hasItem(entry.getKey())) {
				throw TandemException.onField(ErrorCode.UNKNOWN_ITEM, "sources." + entry.getKey(), entry.getKey());
			}
			if (entry.getValue() == null || entry.getValue().contains(null)) {
				throw Inputs.notOneOf("sources." + entry.getKey(), Inputs.allowed(Source.class));
			}
		}
	}

	/**
	 * The day of screening: today unless stated; never in the future nor before the youth
	 * was born.
	 */
	private LocalDate screeningDay(LocalDate stated, LocalDate born) {
		LocalDate today = today();
		if (stated == null) {
			return today;
		}
		if (stated.isAfter(today) || stated.isBefore(born)) {
			throw TandemException.onField(ErrorCode.SCREENING_DATE_INVALID, "screenedOn");
		}
		return stated;
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
