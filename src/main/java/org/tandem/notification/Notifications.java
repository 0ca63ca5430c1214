package org.tandem.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.sharing.Category;
import org.tandem.sharing.Disclosures;
import org.tandem.sharing.YouthNames;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.tandem.platform.UserId;

/**
 * Notifies people of what happened, once per person and fact, and reads the signed-in
 * person's inbox. {@link #notify} joins the caller's transaction: the notice exists
 * exactly when its cause does, and its e-mail is queued in the same commit for
 * {@link MailDelivery}.
 */
@Service
@Transactional
public class Notifications {

	private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationTexts texts;

	private final Counties counties;

	private final JsonMapper json;

	private final Disclosures disclosures;

	private final UserAccounts accounts;

	private final YouthNames youthNames;

	Notifications(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> mail, NotificationTexts texts,
			Counties counties, Disclosures disclosures, UserAccounts accounts, YouthNames youthNames) {
		this.youthNames = youthNames;
		this.disclosures = disclosures;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.mail = mail;
		this.texts = texts;
		this.counties = counties;
		this.json = JsonMapper.builder().build();
	}

	/**
	 * Stores the notice for each recipient of the current county who has not had this
	 * fact yet (ON CONFLICT DO NOTHING on the dedupe key) and queues its e-mail when mail
	 * is on.
	 * @return how many people were newly notified
	 */
	public int notify(Notice notice) {
		if (!notice.kind().matches("[A-Z][A-Z_]{1,63}") || notice.link() == null || !notice.link().startsWith("/")
				|| notice.link().startsWith("//")) {
			throw new IllegalArgumentException("A notice needs a KIND and a path inside Tandem");
		}
		UUID[] recipients = notice.recipients()
			.stream()
			.map(UserId::value)
			.distinct()
			.filter(r -> maySee(r, notice))
			.toArray(UUID[]::new);
		if (recipients.length == 0) {
			return 0;
		}
		return jdbc.sql("""
				with added as (
				    insert into notification (county_id, id, recipient_user_id, kind, dedupe_key, link_path, parameters,
				        created_at)
				    select current_county(), gen_random_uuid(), r, :kind, :key, :link, cast(:params as jsonb), :now
				    from unnest(cast(:recipients as uuid[])) r
				    where exists (select 1 from person_directory u where u.id = r)
				    on conflict (county_id, recipient_user_id, dedupe_key) do nothing
				    returning id),
				queued as (
				    insert into notification_mail (county_id, notification_id, next_attempt_at)
				    select current_county(), id, :now from added where :mail
				    returning notification_id)
				select count(*) from added""")
			.param("kind", notice.kind())
			.param("key", notice.dedupeKey())
			.param("link", notice.link())
			.param("params", json.writeValueAsString(stored(notice)))
			.param("now", Timestamp.from(clock.instant()))
			.param("recipients", recipients)
			.param("mail", mailEnabled())
			.query(Long.class)
			.single()
			.intValue();
	}

	/**
	 * The parameters kept with the notice: about one youth, also that youth's id (never
	 * the name).
	 */
	private static Map<String, String> stored(Notice notice) {
		Map<String, String> params = new LinkedHashMap<>(notice.params());
		if (notice.youthIds().size() == 1) {
			params.put("youth", notice.youthIds().iterator().next().toString());
		}
		return params;
	}

	/**
	 * A notice never tells more than its recipient may see: about a youth, only people
	 * who may see that youth's MDT information, for the MDT, are told (the decision point
	 * decides).
	 */
	private boolean maySee(UUID recipient, Notice notice) {
		if (notice.youthIds().isEmpty()) {
			return true;
		}
		CountyMember member = accounts.findById(UserId.of(recipient)).map(Recipient::new).orElse(null);
		return member != null && notice.youthIds()
			.stream()
			.allMatch(youth -> disclosures.decide(member, youth.value(), Category.MDT_MINUTES, Purpose.MDT).allowed());
	}

	/** A person of the county as the decision point needs them: agency and roles. */
	private record Recipient(UserAccount account) implements CountyMember {

		@Override
		public UUID userId() {
			return account.id();
		}

		@Override
		public String username() {
			return account.username();
		}

		@Override
		public UUID countyId() {
			return account.countyId();
		}

		@Override
		public UUID agencyId() {
			return account.agencyId();
		}

		@Override
		public java.util.Set<String> roleNames() {
			return account.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
		}
	}

	boolean mailEnabled() {
		return mail.getIfAvailable() != null;
	}

	/** The signed-in person's notifications, newest first. */
	@Transactional // not read-only: the youth named are audited as listed
	public List<Notification> inbox(boolean unreadOnly, int page, int size) {
		ZoneId zone = counties.currentZone();
		Locale locale = LocaleContextHolder.getLocale();
		return named(jdbc.sql("""
				select id, kind, link_path, parameters::text as parameters, created_at, read_at from notification
				where recipient_user_id = ? and (not ? or read_at is null)
				order by created_at desc, id limit ? offset ?""")
			.params(me(), unreadOnly, size, (long) page * size)
			.query((rs, n) -> map(rs, zone))
			.list(), locale, zone);
	}

	@Transactional(readOnly = true)
	public long unreadCount() {
		return jdbc.sql("select count(*) from notification where recipient_user_id = ? and read_at is null")
			.param(me())
			.query(Long.class)
			.single();
	}

	/**
	 * Marks one of the signed-in person's notifications read (again is fine); another's
	 * is not found.
	 */
	public Notification markRead(NotificationId notification) {
		UUID id = notification.value();
		jdbc.sql("update notification set read_at = ? where id = ? and recipient_user_id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), id, me())
			.update();
		ZoneId zone = counties.currentZone();
		Locale locale = LocaleContextHolder.getLocale();
		return named(List.of(jdbc.sql("""
				select id, kind, link_path, parameters::text as parameters, created_at, read_at from notification
				where id = ? and recipient_user_id = ?""")
			.params(id, me())
			.query((rs, n) -> map(rs, zone))
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.NOTIFICATION_NOT_FOUND))), locale, zone).get(0);
	}

	public int markAllRead() {
		return jdbc.sql("update notification set read_at = ? where recipient_user_id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), me())
			.update();
	}

	private static UUID me() {
		return Tenancy.currentMember()
			.map(CountyMember::userId)
			.orElseThrow(() -> new TandemException(ErrorCode.NOT_AUTHENTICATED));
	}

	Map<String, String> params(String value) {
		return value == null ? Map.of() : json.readValue(value, PARAMS);
	}

	/**
	 * A task whose words reveal a category the reader may not see (a report to NCMEC:
	 * that the youth ran away) is named only as "a task".
	 */
	private Map<String, String> withheld(Map<String, String> params) {
		String reveals = params.get("reveals");
		if (reveals == null || params.get("youth") == null
				|| disclosures
					.decide(UUID.fromString(params.get("youth")), Category.valueOf(reveals), Purpose.current())
					.allowed()) {
			return params;
		}
		Map<String, String> general = new LinkedHashMap<>(params);
		general.put("task", "WITHHELD");
		return general;
	}

	/** A stored notification before its text is written: the parameters as kept. */
	private record Stored(Notification notification, Map<String, String> params) {
	}

	private Stored map(ResultSet rs, ZoneId zone) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new Stored(
				new Notification(NotificationId.of(rs.getObject("id", UUID.class)), rs.getString("kind"), null,
						rs.getString("link_path"),
						rs.getTimestamp("created_at").toInstant().atZone(zone).toOffsetDateTime(),
						read == null ? null : read.toInstant().atZone(zone).toOffsetDateTime()),
				params(rs.getString("parameters")));
	}

	/**
	 * The texts of a page of notifications, naming each youth as the reader may see them:
	 * the names of the whole page in one query; a youth not named is "a youth on your
	 * caseload".
	 */
	private List<Notification> named(List<Stored> page, Locale locale, ZoneId zone) {
		Map<UUID, String> names = youthNames.visible(page.stream()
			.map(s -> s.params().get("youth"))
			.filter(java.util.Objects::nonNull)
			.map(UUID::fromString)
			.toList(), "notifications");
		String unnamed = texts.get("list.youthOnCaseload", locale);
		return page.stream().map(s -> {
			Notification n = s.notification();
			String youth = s.params().get("youth");
			String name = youth == null ? null : names.getOrDefault(UUID.fromString(youth), unnamed);
			return new Notification(n.id(), n.kind(), texts.inApp(n.kind(), withheld(s.params()), name, locale, zone),
					n.link(), n.createdAt(), n.readAt());
		}).toList();
	}

}
