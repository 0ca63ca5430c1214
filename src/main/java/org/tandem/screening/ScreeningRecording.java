package org.tandem.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
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
import org.tandem.platform.YouthId;
import org.tandem.platform.AgencyId;
import org.tandem.platform.UserId;

/**
 * Writing screenings: drafts opened, saved and submitted, a complete screening submitted
 * at once, and amendments. Only people with a current training screen; the screener's
 * agency joins the youth's team; every write is audited against the youth
 * ({@link ScreeningService} reads them).
 */
@Service
@Transactional
class ScreeningRecording {

	private final Screenings screenings;

	private final ScreeningService reading;

	private final Instruments instruments;

	private final YouthRegistry youth;

	private final TrainingRecords training;

	private final AuditLog audit;

	private final Clock clock;

	private final Disclosures disclosures;

	private final Teams teams;

	ScreeningRecording(Screenings screenings, ScreeningService reading, Instruments instruments, YouthRegistry youth,
			TrainingRecords training, AuditLog audit, Clock clock, Disclosures disclosures, Teams teams) {
		this.screenings = screenings;
		this.reading = reading;
		this.instruments = instruments;
		this.youth = youth;
		this.training = training;
		this.audit = audit;
		this.clock = clock;
		this.disclosures = disclosures;
		this.teams = teams;
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
		audit.record(ScreeningService.STARTED, youthId, Purpose.IDENTIFICATION,
				instrument.id() + "@" + instrument.version());
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
		reading.requireDraftVisible(draft);
		Instrument instrument = instruments.get(draft.instrumentId(), draft.instrumentVersion());
		instrument.requireValid(answers, false);
		requireSourcesOfItems(instrument, sources);
		screenings.saveDraft(id, answers, sources, scriptConfirmed, clock.instant(), seq);
		audit.record(ScreeningService.SAVED, draft.youthId(), Purpose.IDENTIFICATION, null);
		return screenings.findById(id).orElseThrow();
	}

	/**
	 * Submits a draft: complete answers, the script confirmed, scored now and never
	 * changed again.
	 */
	public Screening submit(UUID id, LocalDate screenedOn) {
		CountyMember screener = requireTrained();
		Screening draft = draft(id);
		reading.requireDraftVisible(draft);
		if (!draft.scriptConfirmed()) {
			throw TandemException.onField(ErrorCode.SCRIPT_NOT_CONFIRMED, "scriptConfirmed");
		}
		Instrument instrument = instruments.get(draft.instrumentId(), draft.instrumentVersion());
		instrument.requireValid(draft.answers(), true);
		Score result = instrument.score(draft.answers());
		screenings.submit(id, result, screeningDay(screenedOn, youth.dateOfBirth(draft.youthId())), screener.userId(),
				screener.agencyId(), clock.instant());
		joinTeam(draft.youthId(), screener, id);
		audit.record(ScreeningService.SUBMITTED, draft.youthId(), Purpose.IDENTIFICATION, result.level());
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
		audit.record(ScreeningService.SUBMITTED, youthId, Purpose.IDENTIFICATION, submitted.result().level());
		return screenings.findById(submitted.id()).orElseThrow();
	}

	/**
	 * A corrected version of a submitted screening, with a reason; the original stays as
	 * it was.
	 */
	public Screening amend(UUID id, Map<String, String> answers, Map<String, List<Source>> sources, String reason) {
		CountyMember screener = requireTrained();
		Screening original = reading.view(id);
		if (!original.submitted()) {
			throw new TandemException(ErrorCode.SCREENING_NOT_SUBMITTED);
		}
		String why = Inputs.reason(reason, "reason", ScreeningService.MAX_REASON);
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
		audit.record(ScreeningService.AMENDED, original.youthId(), Purpose.IDENTIFICATION, amendment.result().level());
		return screenings.findById(amendment.id()).orElseThrow();
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

	/** The screener's agency works with the youth now: it joins the youth's team. */
	private void joinTeam(UUID youthId, CountyMember screener, UUID screeningId) {
		if (screener.agencyId() != null) {
			teams.join(YouthId.of(youthId), AgencyId.of(screener.agencyId()), Teams.Source.CASE, screeningId);
		}
	}

	private CountyMember requireTrained() {
		CountyMember member = Tenancy.currentMember()
			.orElseThrow(() -> new TandemException(ErrorCode.NOT_AUTHENTICATED));
		if (!training.hasCurrentTraining(UserId.of(member.userId()), reading.today())) {
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
		LocalDate today = reading.today();
		if (stated == null) {
			return today;
		}
		if (stated.isAfter(today) || stated.isBefore(born)) {
			throw TandemException.onField(ErrorCode.SCREENING_DATE_INVALID, "screenedOn");
		}
		return stated;
	}

}
