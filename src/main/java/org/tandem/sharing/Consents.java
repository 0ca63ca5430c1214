package org.tandem.sharing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.county.Role;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.platform.YouthId;
import org.tandem.platform.AgencyId;

/**
 * The youth's choices about sharing: recorded by someone on the youth's team (or a county
 * administrator), never changed, revoked with a reason. The decision point reads them on
 * every check, without a cache, so a refusal or a revocation is honoured at once.
 *
 * <p>
 * A refusal the rules let the youth make stops even what they share without consent. One
 * they do not (a rule names its legal basis) answers
 * {@link ErrorCode#YOUTH_MAY_NOT_REFUSE} before anything is saved, until the worker
 * confirms having told the youth ({@code acknowledgeLegalBasis}); it is then kept with
 * the basis, which the accounting of disclosures shows. Revoking a consent in a category
 * the rules share with the recipient anyway records the youth's refusal of it too, on the
 * same terms: the youth withdrawing a consent does not want the information shared. Every
 * answer says what the choice did ({@link Consent.Outcome}).
 */
@Service
@Transactional
public class Consents {

	public static final String RECORDED = "CONSENT_RECORDED", REVOKED = "CONSENT_REVOKED", VIEWED = "CONSENTS_VIEWED";

	static final int MAX_TEXT = 1000, MAX_WITNESS = 200;

	/**
	 * What a worker records: names as text, so that a wrong one is refused on its field.
	 * {@code acknowledgeLegalBasis}: the youth was told what the rules share despite a
	 * refusal; {@code addToTeam}: put the agency consented to on the youth's team
	 * (supervisors).
	 */
	public record Form(String decision, List<String> categories, UUID recipientAgencyId, UUID recipientUserId,
			List<String> purposes, String givenOn, String expiresOn, String witnessedBy, String note,
			Boolean acknowledgeLegalBasis, Boolean addToTeam) {
	}

	private static final String SELECT = """
			select k.id, k.youth_id, k.decision, k.categories, k.recipient_agency_id, a.name as agency_name,
			       k.recipient_user_id, u.display_name as user_name, k.purposes, k.given_on, k.expires_on, k.witnessed_by,
			       k.note, k.recorded_by, k.recorded_at, k.revoked_at, k.revoked_by, k.revocation_reason,
			       array(select b.key || '=' || b.value from jsonb_each_text(k.legal_bases) b) as legal_bases
			from consent k
			left join agency_directory a on a.id = k.recipient_agency_id
			left join person_directory u on u.id = k.recipient_user_id
			""";

	private final JdbcClient jdbc;

	private final YouthRows youth;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final ConsentEffects effects;

	private final Teams teams;

	Consents(JdbcClient jdbc, YouthRows youth, Counties counties, AuditLog audit, Clock clock, ConsentEffects effects,
			Teams teams) {
		this.effects = effects;
		this.teams = teams;
		this.jdbc = jdbc;
		this.youth = youth;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
	}

	public Consent record(UUID youthId, Form form) {
		youth.requireExists(youthId);
		requireMayRecord(youthId);
		Consent.Decision decision = ConsentFields.decision(form.decision());
		List<Category> categories = ConsentFields.categories(form.categories());
		List<Purpose> purposes = ConsentFields.purposes(form.purposes());
		if (form.recipientAgencyId() == null && form.recipientUserId() == null) {
			throw TandemException.onField(ErrorCode.CONSENT_RECIPIENT_REQUIRED, "recipientAgencyId");
		}
		if (form.recipientAgencyId() != null && form.recipientUserId() != null) {
			throw TandemException.onField(ErrorCode.ONE_RECIPIENT_ONLY, "recipientUserId");
		}
		ConsentEffects.Recipient recipient = effects.recipient(form.recipientAgencyId(), form.recipientUserId());
		ZoneId zone = counties.currentZone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate givenOn = ConsentFields.date(form.givenOn(), "givenOn");
		if (givenOn == null) {
			givenOn = today;
		}
		if (givenOn.isAfter(today)) {
			throw TandemException.onField(ErrorCode.CONSENT_DATE_INVALID, "givenOn");
		}
		LocalDate expiresOn = ConsentFields.date(form.expiresOn(), "expiresOn");
		if (expiresOn != null && expiresOn.isBefore(givenOn)) {
			throw TandemException.onField(ErrorCode.CONSENT_EXPIRES_BEFORE_GIVEN, "expiresOn");
		}
		String witness = ConsentFields.text(form.witnessedBy(), "witnessedBy", MAX_WITNESS);
		String note = ConsentFields.text(form.note(), "note", MAX_TEXT);
		Map<Category, String> bases = Map.of();
		if (decision == Consent.Decision.REFUSED) {
			bases = effects.notRefusable(recipient, categories, purposes);
			if (!bases.isEmpty() && !Boolean.TRUE.equals(form.acknowledgeLegalBasis())) {
				throw effects.mayNotRefuse(recipient, bases);
			}
		}
		UUID id = insert(youthId, decision, categories, form.recipientAgencyId(), form.recipientUserId(), purposes,
				givenOn, expiresOn, witness, note, bases);
		Consent.Outcome outcome = decision == Consent.Decision.REFUSED
				? effects.refused(recipient, categories, purposes, bases)
				: effects.given(youthId, recipient, categories, purposes, Boolean.TRUE.equals(form.addToTeam()),
						() -> teams.join(YouthId.of(youthId), AgencyId.of(recipient.agencyId()), Teams.Source.CONSENT,
								id));
		return get(youthId, id).withOutcome(outcome);
	}

	private UUID insert(UUID youthId, Consent.Decision decision, List<Category> categories, UUID agency, UUID user,
			List<Purpose> purposes, LocalDate givenOn, LocalDate expiresOn, String witness, String note,
			Map<Category, String> bases) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into consent (county_id, id, youth_id, decision, categories, recipient_agency_id, recipient_user_id,
						    purposes, given_on, expires_on, witnessed_by, note, recorded_by, recorded_at, legal_bases)
						values (current_county(), :id, :youth, :decision, :categories::text[], :agency, :user, :purposes::text[],
						    :givenOn, :expiresOn, :witness, :note, :by, :at,
						    case when cardinality(:keys::text[]) > 0 then jsonb_object(:keys::text[], :values::text[]) end)""")
			.param("id", id)
			.param("youth", youthId)
			.param("decision", decision.name())
			.param("categories", categories.stream().map(Enum::name).toArray(String[]::new))
			.param("agency", agency)
			.param("user", user)
			.param("purposes", purposes == null ? null : purposes.stream().map(Enum::name).toArray(String[]::new))
			.param("givenOn", Date.valueOf(givenOn))
			.param("expiresOn", expiresOn == null ? null : Date.valueOf(expiresOn))
			.param("witness", witness)
			.param("note", note)
			.param("by", Tenancy.currentMember().map(CountyMember::userId).orElse(null))
			.param("at", Timestamp.from(clock.instant()))
			.param("keys", bases.keySet().stream().map(Enum::name).toArray(String[]::new))
			.param("values", bases.values().toArray(String[]::new))
			.update();
		audit.record(RECORDED, youthId, Purpose.current(), decision + " " + categories);
		return id;
	}

	public Consent revoke(UUID consentId, String reason) {
		return revoke(consentId, reason, false);
	}

	/**
	 * Revokes the choice. A consent that covered categories the rules share with the
	 * recipient anyway also records the youth's refusal of those (see the class comment);
	 * the team membership the consent brought, if any, ends with it.
	 */
	public Consent revoke(UUID consentId, String reason, boolean acknowledgeLegalBasis) {
		Consent consent = find(consentId);
		requireMayRecord(consent.youthId());
		if (consent.revokedAt() != null) {
			throw new TandemException(ErrorCode.CONSENT_ALREADY_REVOKED);
		}
		String why = Inputs.reason(reason, "reason", MAX_TEXT);
		List<Category> byRule = List.of();
		Map<Category, String> bases = Map.of();
		ConsentEffects.Recipient recipient = null;
		if (consent.decision() == Consent.Decision.GIVEN) {
			recipient = effects.recipient(consent.recipientAgencyId(), consent.recipientUserId());
			byRule = effects.byRule(recipient, consent.categories(), consent.purposes());
			bases = effects.notRefusable(recipient, byRule, consent.purposes());
			if (!bases.isEmpty() && !acknowledgeLegalBasis) {
				throw effects.mayNotRefuse(recipient, bases);
			}
		}
		jdbc.sql(
				"update consent set revoked_at = ?, revoked_by = ?, revocation_reason = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), Tenancy.currentMember().map(CountyMember::userId).orElse(null),
					why, consentId)
			.update();
		audit.record(REVOKED, consent.youthId(), Purpose.current(), consent.decision() + " " + consent.categories());
		teams.endSource(consentId, Teams.SourceEnd.CONSENT_REVOKED);
		List<String> said = new java.util.ArrayList<>();
		if (!byRule.isEmpty()) {
			LocalDate today = LocalDate.now(clock.withZone(counties.currentZone()));
			insert(consent.youthId(), Consent.Decision.REFUSED, byRule, consent.recipientAgencyId(),
					consent.recipientUserId(), consent.purposes(), today, null, null, why, bases);
			said.addAll(effects.refused(recipient, byRule, consent.purposes(), bases).messages());
		}
		return get(consent.youthId(), consentId).withOutcome(new Consent.Outcome(null, List.copyOf(said), List.of()));
	}

	/** Every choice the youth made, newest first, revoked ones too. */
	public List<Consent> forYouth(UUID youthId) {
		youth.requireExists(youthId);
		ZoneId zone = counties.currentZone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		List<Consent> found = jdbc.sql(SELECT + " where k.youth_id = ? order by k.recorded_at desc")
			.param(youthId)
			.query((rs, n) -> ConsentFields.map(rs, zone, today))
			.list();
		audit.record(VIEWED, youthId, Purpose.current(), found.size() + " consents");
		return found;
	}

	private Consent get(UUID youthId, UUID id) {
		ZoneId zone = counties.currentZone();
		return jdbc.sql(SELECT + " where k.youth_id = ? and k.id = ?")
			.params(youthId, id)
			.query((rs, n) -> ConsentFields.map(rs, zone, LocalDate.now(clock.withZone(zone))))
			.single();
	}

	private Consent find(UUID id) {
		ZoneId zone = counties.currentZone();
		return jdbc.sql(SELECT + " where k.id = ?")
			.param(id)
			.query((rs, n) -> ConsentFields.map(rs, zone, LocalDate.now(clock.withZone(zone))))
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.CONSENT_NOT_FOUND));
	}

	/**
	 * People on the youth's team record the youth's choices; so may a county
	 * administrator.
	 */
	private void requireMayRecord(UUID youthId) {
		CountyMember me = Tenancy.currentMember()
			.orElseThrow(() -> new TandemException(ErrorCode.MAY_NOT_RECORD_CONSENT));
		if (!me.roleNames().contains(Role.COUNTY_ADMIN.name()) && !youth.onTeam(youthId, me.agencyId())) {
			throw new TandemException(ErrorCode.MAY_NOT_RECORD_CONSENT);
		}
	}

}
