package org.tandem.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditEntry;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Counties;
import org.tandem.county.UserAccounts;

/**
 * The accounting of disclosures: from the audit log, who saw, recorded, received or was
 * refused which categories of a youth's information, on which day and for what purpose,
 * in words a youth can read: people by name with their agency (never a username), one
 * line per person, category and day. Anyone who may see the youth's identity may produce
 * it, for the youth who asks; producing it is audited. Where the youth had refused a
 * category to the agency or person who saw it, and the county's rules shared it anyway,
 * the line names the legal basis the youth was told of.
 */
@Service
@Transactional
public class DisclosureAccounting {

	public static final String VIEWED = "DISCLOSURES_VIEWED";

	private final AuditLog audit;

	private final Disclosures disclosures;

	private final YouthRows youth;

	private final Agencies agencies;

	private final UserAccounts people;

	private final Counties counties;

	private final JdbcClient jdbc;

	/**
	 * A refusal recorded against the legal bases that share its categories anyway, while
	 * it was in force.
	 */
	private record Refusal(UUID agencyId, UUID userId, Map<Category, String> bases, Instant from, Instant until,
			LocalDate givenOn, LocalDate expiresOn) {

		/**
		 * The basis for what the person saw of these categories at that time despite this
		 * refusal, or null.
		 */
		String basis(AuditEntry entry, ZoneId zone, List<Category> categories) {
			LocalDate day = LocalDate.ofInstant(entry.occurredAt(), zone);
			boolean about = (agencyId != null && agencyId.equals(entry.actorAgencyId()))
					|| (userId != null && userId.equals(entry.actorId()));
			if (!about || entry.occurredAt().isBefore(from) || (until != null && !entry.occurredAt().isBefore(until))
					|| day.isBefore(givenOn) || (expiresOn != null && day.isAfter(expiresOn))) {
				return null;
			}
			String found = categories.stream()
				.filter(bases::containsKey)
				.map(bases::get)
				.distinct()
				.collect(java.util.stream.Collectors.joining(" "));
			return found.isEmpty() ? null : found;
		}
	}

	DisclosureAccounting(AuditLog audit, Disclosures disclosures, YouthRows youth, Agencies agencies,
			UserAccounts people, Counties counties, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.disclosures = disclosures;
		this.youth = youth;
		this.agencies = agencies;
		this.people = people;
		this.counties = counties;
	}

	/**
	 * The name the youth goes by (for the printed accounting, which is audited when
	 * produced).
	 */
	@Transactional(readOnly = true)
	public String youthName(UUID youthId) {
		return youth.name(youthId);
	}

	/** Newest day first; within a day, by person, then category. */
	public List<Disclosure> forYouth(UUID youthId, Purpose purpose) {
		youth.requireExists(youthId);
		disclosures.require(youthId, Category.IDENTITY, purpose);
		ZoneId zone = counties.currentZone();
		Map<UUID, String> agencyNames = new HashMap<>();
		agencies.findAll().forEach(agency -> agencyNames.put(agency.id(), agency.name()));
		Map<UUID, String> names = new HashMap<>();
		people.findAll().forEach(person -> names.put(person.id(), person.displayName()));
		Map<List<Object>, Line> lines = new LinkedHashMap<>();
		List<Refusal> refusals = refusals(youthId);
		audit.eachAbout(youthId, entry -> {
			AuditActions.Meaning meaning = AuditActions.meaning(entry.action(), entry.detail());
			OffsetDateTime at = entry.occurredAt().atZone(zone).toOffsetDateTime();
			List<Category> categories = meaning.categories().isEmpty() ? java.util.Collections.singletonList(null)
					: meaning.categories().stream().sorted().toList();
			for (Category category : categories) {
				lines
					.computeIfAbsent(Line.key(at.toLocalDate(), entry, category),
							k -> new Line(at.toLocalDate(), entry.actorAgencyId(), entry.actorId(), category))
					.add(entry, meaning, at, basis(refusals, entry, meaning, category, zone));
			}
		});
		List<Disclosure> accounting = lines.values()
			.stream()
			.map(line -> line.disclosure(agencyNames, names))
			.sorted(Comparator.comparing(Disclosure::day)
				.reversed()
				.thenComparing(d -> Objects.toString(d.person(), ""))
				.thenComparing(d -> d.category() == null ? "~" : d.category().name()))
			.toList();
		audit.record(VIEWED, youthId, purpose, accounting.size() + " lines");
		return accounting;
	}

	/**
	 * The legal basis under which this entry showed the category despite the youth's
	 * refusal, or null.
	 */
	private static String basis(List<Refusal> refusals, AuditEntry entry, AuditActions.Meaning meaning,
			Category category, ZoneId zone) {
		if (category == null
				|| (meaning.kind() != AuditActions.Kind.SAW && meaning.kind() != AuditActions.Kind.RECEIVED)) {
			return null;
		}
		return refusals.stream()
			.map(r -> r.basis(entry, zone, List.of(category)))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The youth's refusals that the rules overrode for some categories (the worker told
	 * the youth).
	 */
	private List<Refusal> refusals(UUID youthId) {
		return jdbc.sql("""
				select recipient_agency_id, recipient_user_id, recorded_at, revoked_at, given_on, expires_on,
				       array(select b.key || '=' || b.value from jsonb_each_text(legal_bases) b) as bases
				from consent where youth_id = ? and decision = 'REFUSED' and legal_bases is not null""")
			.param(youthId)
			.query((rs, n) -> {
				Map<Category, String> bases = new java.util.EnumMap<>(Category.class);
				for (String entry : (String[]) rs.getArray("bases").getArray()) {
					int at = entry.indexOf('=');
					bases.put(Category.valueOf(entry.substring(0, at)), entry.substring(at + 1));
				}
				java.sql.Timestamp revoked = rs.getTimestamp("revoked_at");
				java.sql.Date expires = rs.getDate("expires_on");
				return new Refusal(rs.getObject("recipient_agency_id", UUID.class),
						rs.getObject("recipient_user_id", UUID.class), bases,
						rs.getTimestamp("recorded_at").toInstant(), revoked == null ? null : revoked.toInstant(),
						rs.getDate("given_on").toLocalDate(), expires == null ? null : expires.toLocalDate());
			})
			.list();
	}

	/** What one person did with one category on one day, gathered from the log. */
	private static final class Line {

		final LocalDate day;

		final UUID agencyId;

		final UUID personId;

		final Category category;

		final Set<AuditActions.Kind> kinds = EnumSet.noneOf(AuditActions.Kind.class);

		final Set<String> purposes = new LinkedHashSet<>();

		final Set<String> actions = new LinkedHashSet<>();

		final Set<String> bases = new LinkedHashSet<>();

		boolean emergency;

		int times;

		OffsetDateTime first;

		OffsetDateTime last;

		Line(LocalDate day, UUID agencyId, UUID personId, Category category) {
			this.day = day;
			this.agencyId = agencyId;
			this.personId = personId;
			this.category = category;
		}

		/** Work done by Tandem itself (no person) is one "person" of its own. */
		static List<Object> key(LocalDate day, AuditEntry entry, Category category) {
			return java.util.Arrays.asList(day, entry.actorId(), entry.actorAgencyId(), category);
		}

		void add(AuditEntry entry, AuditActions.Meaning meaning, OffsetDateTime at, String basis) {
			if (basis != null) {
				bases.add(basis);
			}
			kinds.add(meaning.kind() == AuditActions.Kind.OTHER ? AuditActions.Kind.SAW : meaning.kind());
			purposes.add(entry.purpose());
			actions.add(entry.action());
			emergency |= meaning.emergency();
			times++;
			first = first == null ? at : first;
			last = at;
		}

		Disclosure disclosure(Map<UUID, String> agencyNames, Map<UUID, String> names) {
			return new Disclosure(day, agencyId, agencyId == null ? null : agencyNames.get(agencyId), personId,
					personId == null ? null : names.get(personId), category, new ArrayList<>(kinds),
					new ArrayList<>(purposes), emergency, times, first, last, new ArrayList<>(actions),
					bases.isEmpty() ? null : String.join(" ", bases));
		}

	}

}
