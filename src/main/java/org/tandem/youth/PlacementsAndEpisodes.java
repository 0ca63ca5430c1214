package org.tandem.youth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.sharing.Category;
import org.tandem.sharing.Disclosures;
import org.tandem.county.Counties;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;

/**
 * Where a youth has lived and the times they went missing. Every read and change is
 * audited against the youth; a change is checked whole before anything is written, and
 * the episode events are published in the transaction that records them, so listeners act
 * in it too.
 */
@Service
@Transactional
public class PlacementsAndEpisodes {

	/** Audit actions of placements and runaway episodes. */
	static final String PLACEMENT_RECORDED = "PLACEMENT_RECORDED", PLACEMENT_ENDED = "PLACEMENT_ENDED",
			EPISODE_STARTED = "EPISODE_STARTED", EPISODE_ENDED = "EPISODE_ENDED", HISTORY_VIEWED = "HISTORY_VIEWED";

	static final int MAX_REASON = 1000, MAX_RETURNED_TO = 500;

	/**
	 * Clocks of devices differ a little: a time this close ahead of ours is still "now".
	 */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	/** Both lists of one youth, read (and audited) together for the record page. */
	public record History(List<Placement> placements, List<Episode> episodes) {
	}

	private final Placements placements;

	private final Episodes episodes;

	private final YouthRegistry youth;

	private final Counties counties;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Disclosures disclosures;

	PlacementsAndEpisodes(Placements placements, Episodes episodes, YouthRegistry youth, Counties counties,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, Disclosures disclosures) {
		this.disclosures = disclosures;
		this.placements = placements;
		this.episodes = episodes;
		this.youth = youth;
		this.counties = counties;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public History history(YouthId youthId) {
		youth.requireExists(youthId.value());
		return read(youthId.value(), "placements and episodes",
				() -> new History(placements.forYouth(youthId.value()), episodes.forYouth(youthId.value())));
	}

	public List<Placement> placements(YouthId youthId) {
		youth.requireExists(youthId.value());
		return read(youthId.value(), "placements", () -> placements.forYouth(youthId.value()));
	}

	Placement placement(UUID id) {
		Placement placement = placements.findById(id).orElseThrow(() -> new TandemException(ErrorCode.NOT_FOUND));
		return read(placement.youthId(), "placement", () -> placement);
	}

	/**
	 * Records a placement, current (no end) or past. Refused when it overlaps another
	 * placement of the youth, a current one counting as lasting until it is ended.
	 */
	Placement recordPlacement(UUID youthId, String type, LocalDate startedOn, LocalDate endedOn, String reason,
			Provider provider) {
		youth.requireExists(youthId);
		requireLocation(youthId);
		PlacementType placementType = Inputs.required(Inputs.choice(PlacementType.class, type, "type"), "type");
		requireDay(startedOn, "startedOn");
		if (endedOn != null) {
			requireDay(endedOn, "endedOn");
			if (endedOn.isBefore(startedOn)) {
				throw TandemException.onField(ErrorCode.PLACEMENT_ENDS_BEFORE_START, "endedOn");
			}
		}
		String why = Inputs.text(reason, "reasonForChange", MAX_REASON);
		placements.lockYouth(youthId);
		for (Placement other : placements.forYouth(youthId)) {
			if (other.overlaps(startedOn, endedOn)) {
				throw TandemException.onField(ErrorCode.PLACEMENTS_OVERLAP, "startedOn", other.startedOn(),
						other.endedOn() == null ? "…" : other.endedOn());
			}
		}
		Placement placement = new Placement(UUID.randomUUID(), youthId, placementType, startedOn, endedOn, why,
				provider, actor(), now());
		placements.insert(placement);
		audit.record(PLACEMENT_RECORDED, youthId, Purpose.current(), placementType.name());
		events.publishEvent(new PlacementRecorded(YouthId.of(youthId), PlacementId.of(placement.id()), startedOn,
				UserId.of(placement.recordedBy())));
		return placements.findById(placement.id()).orElseThrow();
	}

	/**
	 * Ends the youth's current placement. A reason given here joins any recorded with the
	 * placement: nothing written before is lost.
	 * @param ofYouth when not null, the youth the placement must belong to (pages name
	 * both)
	 */
	Placement endPlacement(UUID id, UUID ofYouth, LocalDate endedOn, String reason) {
		Placement placement = placements.findById(id)
			.filter(p -> ofYouth == null || p.youthId().equals(ofYouth))
			.orElseThrow(() -> new TandemException(ErrorCode.NOT_FOUND));
		requireLocation(placement.youthId());
		if (!placement.open()) {
			throw new TandemException(ErrorCode.CONFLICT);
		}
		requireDay(endedOn, "endedOn");
		if (endedOn.isBefore(placement.startedOn())) {
			throw TandemException.onField(ErrorCode.PLACEMENT_ENDS_BEFORE_START, "endedOn");
		}
		String why = Inputs.text(reason, "reasonForChange", MAX_REASON);
		String kept = placement.reasonForChange();
		String joined = why == null ? kept : kept == null ? why : kept + "\n" + why;
		Inputs.text(joined, "reasonForChange", MAX_REASON);
		if (!placements.end(id, endedOn, joined)) {
			throw new TandemException(ErrorCode.CONFLICT);
		}
		audit.record(PLACEMENT_ENDED, placement.youthId(), Purpose.current(), placement.type().name());
		return placements.findById(id).orElseThrow();
	}

	public List<Episode> episodes(YouthId youthId) {
		youth.requireExists(youthId.value());
		return read(youthId.value(), "episodes", () -> episodes.forYouth(youthId.value()));
	}

	Episode episode(UUID id) {
		Episode episode = episodes.findById(id).orElseThrow(() -> new TandemException(ErrorCode.EPISODE_NOT_FOUND));
		return read(episode.youthId(), "episode", () -> episode);
	}

	/**
	 * The county's youth away now, longest first, for the "missing now" list: not audited
	 * nor filtered here; the list asks the decision point for every row and audits those
	 * it shows.
	 */
	public List<MissingYouth> missingNow(int limit) {
		return episodes.open(limit);
	}

	/**
	 * Records that the youth went missing; at most one episode of a youth is open at a
	 * time, and a new one may not start before an earlier one ended (the youth cannot go
	 * missing twice at once, and each episode owes its own reports).
	 */
	Episode startEpisode(UUID youthId, Instant startedAt) {
		youth.requireExists(youthId);
		requireLocation(youthId);
		Instant start = requireMoment(startedAt, "startedAt");
		if (episodes.hasOpen(youthId)) {
			throw new TandemException(ErrorCode.EPISODE_ALREADY_OPEN);
		}
		if (episodes.endedAfter(youthId, start)) {
			throw TandemException.onField(ErrorCode.EPISODE_OVERLAPS_EARLIER, "startedAt");
		}
		UUID id = UUID.randomUUID();
		CountyMember member = Tenancy.currentMember().orElse(null);
		try {
			episodes.insert(id, youthId, start, actor(), now());
		}
		catch (DuplicateKeyException ex) {
			// Another episode was opened between the check and the insert.
			throw new TandemException(ErrorCode.EPISODE_ALREADY_OPEN);
		}
		audit.record(EPISODE_STARTED, youthId, Purpose.current(), null);
		events.publishEvent(new RunawayEpisodeStarted(YouthId.of(youthId), EpisodeId.of(id), start,
				member == null ? null : UserId.of(member.userId()),
				member == null ? null : AgencyId.of(member.agencyId())));
		return episodes.findById(id).orElseThrow();
	}

	/**
	 * Records the youth's return.
	 * @param ofYouth when not null, the youth the episode must belong to (pages name
	 * both)
	 * @param sameCaregiver null when not known
	 */
	Episode endEpisode(UUID id, UUID ofYouth, Instant endedAt, Boolean sameCaregiver, String returnedTo) {
		Episode episode = episodes.findById(id)
			.filter(e -> ofYouth == null || e.youthId().equals(ofYouth))
			.orElseThrow(() -> new TandemException(ErrorCode.EPISODE_NOT_FOUND));
		requireLocation(episode.youthId());
		if (!episode.open()) {
			throw new TandemException(ErrorCode.EPISODE_ALREADY_ENDED);
		}
		Instant end = requireMoment(endedAt, "endedAt");
		if (end.isBefore(episode.startedAt())) {
			throw TandemException.onField(ErrorCode.EPISODE_ENDS_BEFORE_START, "endedAt");
		}
		String where = Inputs.text(returnedTo, "returnedTo", MAX_RETURNED_TO);
		if (!episodes.end(id, end, sameCaregiver, where)) {
			throw new TandemException(ErrorCode.EPISODE_ALREADY_ENDED);
		}
		CountyMember member = Tenancy.currentMember().orElse(null);
		audit.record(EPISODE_ENDED, episode.youthId(), Purpose.current(), null);
		events.publishEvent(new RunawayEpisodeEnded(YouthId.of(episode.youthId()), EpisodeId.of(id),
				episode.startedAt(), end, member == null ? null : UserId.of(member.userId()),
				member == null ? null : AgencyId.of(member.agencyId())));
		return episodes.findById(id).orElseThrow();
	}

	/** Reads after asking the decision point, and records what was seen. */
	private <T> T read(UUID youthId, String detail, Supplier<T> read) {
		requireLocation(youthId);
		return audit.seen(HISTORY_VIEWED, youthId, detail, read);
	}

	/**
	 * Where the youth is and was is safety-critical: only those the rules allow read or
	 * change it.
	 */
	private void requireLocation(UUID youthId) {
		disclosures.require(youthId, Category.LOCATION, Purpose.current());
	}

	/** The county's time zone, in which days are counted and times shown. */
	@Transactional(readOnly = true)
	ZoneId zone() {
		return counties.currentZone();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(zone()));
	}

	private void requireDay(LocalDate day, String field) {
		if (Inputs.required(day, field).isAfter(today())) {
			throw TandemException.onField(ErrorCode.DATE_IN_FUTURE, field);
		}
	}

	/**
	 * A moment not in the future, to the microsecond the database keeps, so what is read
	 * back is what was sent.
	 */
	private Instant requireMoment(Instant moment, String field) {
		if (Inputs.required(moment, field).isAfter(clock.instant().plus(CLOCK_SKEW))) {
			throw TandemException.onField(ErrorCode.DATE_IN_FUTURE, field);
		}
		return moment.truncatedTo(ChronoUnit.MICROS);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static UUID actor() {
		return Tenancy.currentMember().map(CountyMember::userId).orElse(null);
	}

}
