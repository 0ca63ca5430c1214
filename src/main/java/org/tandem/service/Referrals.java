package org.tandem.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.instrument.Text;
import org.tandem.platform.AgencyId;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.platform.UserId;
import org.tandem.platform.YouthId;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;

/**
 * Referrals that close the loop: a need of the youth's service plan referred to a
 * provider of the directory, and each move it makes after ({@link ReferralState#next}),
 * dated, by whom, with a note; a move the states do not allow is refused with the ones
 * they do. A referral is {@link Category#SERVICES} and its need's own category: a reader
 * who may not see that category does not see the referral (audited as refused).
 */
@Service
@Transactional
public class Referrals {

	public static final String MADE = "REFERRAL_MADE", MOVED = "REFERRAL_MOVED", VIEWED = "REFERRALS_VIEWED";

	static final int MAX_NOTE = 2000;

	private final ReferralRows rows;

	private final ReferralProviders providers;

	private final ServicePlans plans;

	private final ServiceNeeds needs;

	private final YouthRegistry youth;

	private final ServiceSharing sharing;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Referrals(ReferralRows rows, ReferralProviders providers, ServicePlans plans, ServiceNeeds needs,
			YouthRegistry youth, ServiceSharing sharing, Counties counties, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.rows = rows;
		this.providers = providers;
		this.plans = plans;
		this.needs = needs;
		this.youth = youth;
		this.sharing = sharing;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A new referral, sent on {@code referredOn}, for a need of the youth's newest plan.
	 */
	public Referral make(UUID youthId, String need, String providerId, String programId, String referredOn,
			String note) {
		youth.requireExists(youthId);
		sharing.require(youthId, Category.SERVICES);
		String code = Inputs.required(Inputs.text(need, "need", 64), "need");
		HolisticNeeds.Need known = needs.require(needs.current(), code, "need");
		if (!plans.visibleNeeds(youthId).containsKey(code)) {
			throw TandemException.onField(ErrorCode.REFERRAL_NEED_NOT_IN_PLAN, "need");
		}
		sharing.require(youthId, known.category());
		UUID provider = Inputs.required(Inputs.uuid(providerId, "providerId"), "providerId");
		UUID program = Inputs.uuid(programId, "programId");
		ReferralProviders.Names names = providers.names(provider, program)
			.orElseThrow(() -> TandemException.onField(ErrorCode.REFERRAL_PROVIDER_UNKNOWN,
					program == null ? "providerId" : "programId", program == null ? "providerId" : "programId"));
		LocalDate on = Inputs.required(Inputs.date(referredOn, "referredOn"), "referredOn");
		String text = Inputs.text(note, "note", MAX_NOTE);
		ReferralRows.Row row = new ReferralRows.Row(UUID.randomUUID(), youthId, code, known.category(), provider,
				program, on, ReferralState.SENT);
		CountyMember me = Tenancy.currentMember().orElse(null);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		rows.insert(row, me == null ? null : me.userId(), me == null ? null : me.agencyId(), now);
		rows.insertMove(row.id(), null, ReferralState.SENT, on, null, text, me == null ? null : me.userId(),
				me == null ? null : me.agencyId(), now);
		audit.record(MADE, youthId, Purpose.current(),
				ServiceSharing.categories(List.of(known.category()), Category.SERVICES) + " " + code);
		publish(row, null, ReferralState.SENT, on, null, me, now);
		return rows.whole(row, known.title(), names.provider(), names.program(), counties.currentZone());
	}

	/**
	 * Moves the referral to {@code to} on {@code on}; a decline needs its reason. Refused
	 * with the allowed moves when the states do not allow it.
	 */
	public Referral move(UUID referralId, String to, String on, String reason, String note) {
		ReferralRows.Row row = rows.find(referralId, true)
			.orElseThrow(() -> new TandemException(ErrorCode.REFERRAL_NOT_FOUND));
		sharing.require(row.youthId(), Category.SERVICES);
		sharing.require(row.youthId(), row.category());
		ReferralState target = Inputs.required(Inputs.choice(ReferralState.class, to, "to"), "to");
		if (!row.state().next().contains(target)) {
			String allowed = row.state().ended() ? "-"
					: row.state().next().stream().map(Enum::name).collect(Collectors.joining(", "));
			throw TandemException.onField(ErrorCode.REFERRAL_MOVE_NOT_ALLOWED, "to", row.state(), target, allowed)
				.with(Map.of("allowed", row.state().next().stream().map(Enum::name).toList()));
		}
		DeclineReason why = Inputs.choice(DeclineReason.class, reason, "reason");
		if (target == ReferralState.DECLINED && why == null) {
			throw TandemException.onField(ErrorCode.REFERRAL_DECLINE_REASON_REQUIRED, "reason");
		}
		LocalDate day = Inputs.required(Inputs.date(on, "on"), "on");
		String text = Inputs.text(note, "note", MAX_NOTE);
		CountyMember me = Tenancy.currentMember().orElse(null);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		DeclineReason kept = target == ReferralState.DECLINED ? why : null;
		rows.insertMove(referralId, row.state(), target, day, kept, text, me == null ? null : me.userId(),
				me == null ? null : me.agencyId(), now);
		audit.record(MOVED, row.youthId(), Purpose.current(),
				ServiceSharing.categories(List.of(row.category()), Category.SERVICES) + " " + row.state() + " "
						+ target);
		publish(row, row.state(), target, day, kept, me, now);
		ReferralRows.Row moved = rows.find(referralId, false).orElseThrow();
		return whole(moved);
	}

	/**
	 * The youth's referrals the signed-in person may see, newest first; the others are
	 * audited as refused.
	 */
	public List<Referral> forYouth(UUID youthId) {
		youth.requireExists(youthId);
		sharing.require(youthId, Category.SERVICES);
		Map<Category, Boolean> may = new EnumMap<>(Category.class);
		List<Referral> shown = rows.forYouth(youthId)
			.stream()
			.filter(row -> may.computeIfAbsent(row.category(), category -> sharing.read(youthId, category)))
			.map(this::whole)
			.toList();
		audit.record(VIEWED, youthId, Purpose.current(),
				ServiceSharing.categories(shown.stream().map(Referral::category).toList(), Category.SERVICES) + " "
						+ shown.size());
		return shown;
	}

	private Referral whole(ReferralRows.Row row) {
		Text title = needs.current()
			.need(row.need())
			.map(HolisticNeeds.Need::title)
			.orElse(new Text(row.need(), row.need()));
		ReferralProviders.Names names = providers.names(row.providerId(), row.programId())
			.orElse(new ReferralProviders.Names(null, null));
		return rows.whole(row, title, names.provider(), names.program(), counties.currentZone());
	}

	private void publish(ReferralRows.Row row, ReferralState from, ReferralState to, LocalDate on, DeclineReason reason,
			CountyMember me, Instant now) {
		events.publishEvent(new ReferralMoved(new ReferralId(row.id()), new YouthId(row.youthId()), row.need(), from,
				to, on, reason, me == null ? null : UserId.of(me.userId()),
				me == null ? null : AgencyId.of(me.agencyId()), now));
	}

}
