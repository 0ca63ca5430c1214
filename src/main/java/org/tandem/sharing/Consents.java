package org.tandem.sharing;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Counties;
import org.tandem.county.Role;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;

/**
 * The youth's choices about sharing: recorded by someone on the youth's team (or a county
 * administrator), never changed, revoked with a reason. The decision point reads them on every
 * check, without a cache, so a revocation is honoured at once.
 */
@Service
@Transactional
public class Consents {

	public static final String RECORDED = "CONSENT_RECORDED", REVOKED = "CONSENT_REVOKED", VIEWED = "CONSENTS_VIEWED";

	static final int MAX_TEXT = 1000, MAX_WITNESS = 200;

	/** What a worker records: names as text, so that a wrong one is refused on its field. */
	public record Form(String decision, List<String> categories, UUID recipientAgencyId, UUID recipientUserId,
			List<String> purposes, String givenOn, String expiresOn, String witnessedBy, String note) {
	}

	private static final String SELECT = """
			select k.id, k.youth_id, k.decision, k.categories, k.recipient_agency_id, a.name as agency_name,
			       k.recipient_user_id, u.display_name as user_name, k.purposes, k.given_on, k.expires_on, k.witnessed_by,
			       k.note, k.recorded_by, k.recorded_at, k.revoked_at, k.revoked_by, k.revocation_reason
			from consent k
			left join agency_directory a on a.id = k.recipient_agency_id
			left join person_directory u on u.id = k.recipient_user_id
			""";

	private final JdbcClient jdbc;
	private final YouthRows youth;
	private final Agencies agencies;
	private final Counties counties;
	private final AuditLog audit;
	private final Clock clock;

	Consents(JdbcClient jdbc, YouthRows youth, Agencies agencies, Counties counties, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.youth = youth;
		this.agencies = agencies;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
	}

	public Consent record(UUID youthId, Form form) {
		youth.requireExists(youthId);
		requireMayRecord(youthId);
		Consent.Decision decision = decision(form.decision());
		List<Category> categories = categories(form.categories());
		List<Purpose> purposes = purposes(form.purposes());
		if (form.recipientAgencyId() == null && form.recipientUserId() == null) {
			throw TandemException.onField(ErrorCode.T4107, "recipientAgencyId");
		}
		if (form.recipientAgencyId() != null && form.recipientUserId() != null) {
			throw TandemException.onField(ErrorCode.T4129, "recipientUserId");
		}
		if (form.recipientAgencyId() != null && agencies.findById(form.recipientAgencyId()).isEmpty()) {
			throw TandemException.onField(ErrorCode.T4127, "recipientAgencyId");
		}
		if (form.recipientUserId() != null && !jdbc.sql("select exists (select 1 from person_directory where id = ?)")
			.param(form.recipientUserId())
			.query(Boolean.class)
			.single()) {
			throw TandemException.onField(ErrorCode.T4127, "recipientUserId");
		}
		ZoneId zone = counties.currentZone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate givenOn = date(form.givenOn(), "givenOn");
		if (givenOn == null) {
			givenOn = today;
		}
		if (givenOn.isAfter(today)) {
			throw TandemException.onField(ErrorCode.T4125, "givenOn");
		}
		LocalDate expiresOn = date(form.expiresOn(), "expiresOn");
		if (expiresOn != null && expiresOn.isBefore(givenOn)) {
			throw TandemException.onField(ErrorCode.T4108, "expiresOn");
		}
		String witness = text(form.witnessedBy(), "witnessedBy", MAX_WITNESS);
		String note = text(form.note(), "note", MAX_TEXT);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into consent (county_id, id, youth_id, decision, categories, recipient_agency_id, recipient_user_id,
				    purposes, given_on, expires_on, witnessed_by, note, recorded_by, recorded_at)
				values (current_county(), :id, :youth, :decision, :categories::text[], :agency, :user, :purposes::text[],
				    :givenOn, :expiresOn, :witness, :note, :by, :at)""")
			.param("id", id)
			.param("youth", youthId)
			.param("decision", decision.name())
			.param("categories", categories.stream().map(Enum::name).toArray(String[]::new))
			.param("agency", form.recipientAgencyId())
			.param("user", form.recipientUserId())
			.param("purposes", purposes == null ? null : purposes.stream().map(Enum::name).toArray(String[]::new))
			.param("givenOn", Date.valueOf(givenOn))
			.param("expiresOn", expiresOn == null ? null : Date.valueOf(expiresOn))
			.param("witness", witness)
			.param("note", note)
			.param("by", Tenancy.currentMember().map(CountyMember::userId).orElse(null))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.record(RECORDED, youthId, Purpose.current(), decision + " " + categories);
		return get(youthId, id);
	}

	public Consent revoke(UUID consentId, String reason) {
		Consent consent = find(consentId);
		requireMayRecord(consent.youthId());
		if (consent.revokedAt() != null) {
			throw new TandemException(ErrorCode.T4111);
		}
		String why = text(reason, "reason", MAX_TEXT);
		if (why == null) {
			throw TandemException.onField(ErrorCode.T4112, "reason");
		}
		jdbc.sql("update consent set revoked_at = ?, revoked_by = ?, revocation_reason = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), Tenancy.currentMember().map(CountyMember::userId).orElse(null), why,
					consentId)
			.update();
		audit.record(REVOKED, consent.youthId(), Purpose.current(), consent.decision() + " " + consent.categories());
		return get(consent.youthId(), consentId);
	}

	/** Every choice the youth made, newest first, revoked ones too. */
	public List<Consent> forYouth(UUID youthId) {
		youth.requireExists(youthId);
		ZoneId zone = counties.currentZone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		List<Consent> found = jdbc.sql(SELECT + " where k.youth_id = ? order by k.recorded_at desc")
			.param(youthId)
			.query((rs, n) -> map(rs, zone, today))
			.list();
		audit.record(VIEWED, youthId, Purpose.current(), found.size() + " consents");
		return found;
	}

	private Consent get(UUID youthId, UUID id) {
		ZoneId zone = counties.currentZone();
		return jdbc.sql(SELECT + " where k.youth_id = ? and k.id = ?")
			.params(youthId, id)
			.query((rs, n) -> map(rs, zone, LocalDate.now(clock.withZone(zone))))
			.single();
	}

	private Consent find(UUID id) {
		ZoneId zone = counties.currentZone();
		return jdbc.sql(SELECT + " where k.id = ?")
			.param(id)
			.query((rs, n) -> map(rs, zone, LocalDate.now(clock.withZone(zone))))
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.T4110));
	}

	/** People on the youth's team record the youth's choices; so may a county administrator. */
	private void requireMayRecord(UUID youthId) {
		CountyMember me = Tenancy.currentMember().orElseThrow(() -> new TandemException(ErrorCode.T4123));
		if (!me.roleNames().contains(Role.COUNTY_ADMIN.name()) && !youth.onTeam(youthId, me.agencyId())) {
			throw new TandemException(ErrorCode.T4123);
		}
	}

	private static Consent.Decision decision(String value) {
		try {
			return Consent.Decision.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw TandemException.onField(ErrorCode.T4119, "decision");
		}
	}

	static List<Category> categories(List<String> names) {
		if (names == null || names.isEmpty()) {
			throw TandemException.onField(ErrorCode.T4120, "categories");
		}
		Set<Category> categories = new LinkedHashSet<>();
		for (int i = 0; i < names.size(); i++) {
			try {
				categories.add(Category.valueOf(String.valueOf(names.get(i)).strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw TandemException.onField(ErrorCode.T4109, "categories[" + i + "]", names.get(i));
			}
		}
		return List.copyOf(categories);
	}

	static List<Purpose> purposes(List<String> names) {
		if (names == null || names.isEmpty()) {
			return null;
		}
		Set<Purpose> purposes = new LinkedHashSet<>();
		for (int i = 0; i < names.size(); i++) {
			try {
				purposes.add(Purpose.valueOf(String.valueOf(names.get(i)).strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw TandemException.onField(ErrorCode.T4121, "purposes[" + i + "]", names.get(i));
			}
		}
		return List.copyOf(purposes);
	}

	private static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw TandemException.onField(ErrorCode.T4125, field);
		}
	}

	private static String text(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw TandemException.onField(ErrorCode.T4126, field, max);
		}
		return text;
	}

	private static Consent map(ResultSet rs, ZoneId zone, LocalDate today) throws SQLException {
		Date expires = rs.getDate("expires_on");
		LocalDate expiresOn = expires == null ? null : expires.toLocalDate();
		LocalDate givenOn = rs.getDate("given_on").toLocalDate();
		Timestamp revoked = rs.getTimestamp("revoked_at");
		List<String> purposeNames = strings(rs.getArray("purposes"));
		boolean active = revoked == null && !givenOn.isAfter(today) && (expiresOn == null || !today.isAfter(expiresOn));
		return new Consent(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
				Consent.Decision.valueOf(rs.getString("decision")),
				strings(rs.getArray("categories")).stream().map(Category::valueOf).toList(),
				rs.getObject("recipient_agency_id", UUID.class), rs.getString("agency_name"),
				rs.getObject("recipient_user_id", UUID.class), rs.getString("user_name"),
				purposeNames == null ? null : purposeNames.stream().map(Purpose::valueOf).toList(), givenOn, expiresOn,
				rs.getString("witnessed_by"), rs.getString("note"), rs.getObject("recorded_by", UUID.class),
				Teams.at(rs.getTimestamp("recorded_at"), zone), Teams.at(revoked, zone), rs.getObject("revoked_by", UUID.class),
				rs.getString("revocation_reason"), active);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? null : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}
}
