package org.tandem.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditEntry;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.Counties;

/**
 * The accounting of disclosures: from the audit log, who saw, recorded or received which
 * categories of a youth's information, when and for what purpose, in words a youth can read. Anyone
 * who may see the youth's identity may produce it, for the youth who asks; producing it is audited.
 * Where the youth had refused a category to the agency or person who saw it, and the county's
 * rules shared it anyway, the line names the legal basis the youth was told of.
 */
@Service
@Transactional
public class DisclosureAccounting {

	public static final String VIEWED = "DISCLOSURES_VIEWED";

	static final int MAX_ENTRIES = 10_000;

	private final AuditLog audit;
	private final Disclosures disclosures;
	private final YouthRows youth;
	private final Agencies agencies;
	private final Counties counties;
	private final JdbcClient jdbc;

	/** A refusal recorded against the legal bases that share its categories anyway, while it was in force. */
	private record Refusal(UUID agencyId, UUID userId, Map<Category, String> bases, Instant from, Instant until,
			LocalDate givenOn, LocalDate expiresOn) {

		/** The basis for what the person saw of these categories at that time despite this refusal, or null. */
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

	DisclosureAccounting(AuditLog audit, Disclosures disclosures, YouthRows youth, Agencies agencies, Counties counties,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.disclosures = disclosures;
		this.youth = youth;
		this.agencies = agencies;
		this.counties = counties;
	}

	/** The name the youth goes by (for the printed accounting, which is audited when produced). */
	@Transactional(readOnly = true)
	public String youthName(UUID youthId) {
		return youth.name(youthId);
	}

	/** Newest first. */
	public List<Disclosure> forYouth(UUID youthId, Purpose purpose) {
		youth.requireExists(youthId);
		disclosures.require(youthId, Category.IDENTITY, purpose);
		ZoneId zone = counties.currentZone();
		Map<UUID, String> names = new HashMap<>();
		for (Agency agency : agencies.findAll()) {
			names.put(agency.id(), agency.name());
		}
		List<AuditEntry> entries = audit.forYouth(youthId, MAX_ENTRIES);
		List<Refusal> refusals = refusals(youthId);
		List<Disclosure> lines = entries.stream().map(entry -> {
			AuditActions.Meaning meaning = AuditActions.meaning(entry.action(), entry.detail());
			List<Category> categories = meaning.categories().stream().sorted().toList();
			String basis = meaning.kind() == AuditActions.Kind.SAW || meaning.kind() == AuditActions.Kind.RECEIVED
					? refusals.stream().map(r -> r.basis(entry, zone, categories)).filter(java.util.Objects::nonNull)
						.findFirst().orElse(null)
					: null;
			return new Disclosure(entry.occurredAt().atZone(zone).toOffsetDateTime(), entry.actorAgencyId(),
					entry.actorAgencyId() == null ? null : names.get(entry.actorAgencyId()), entry.actorUsername(),
					entry.action(), categories, meaning.kind(), entry.purpose(), meaning.emergency(), basis);
		}).toList();
		audit.record(VIEWED, youthId, purpose, lines.size() + " entries");
		return lines;
	}

	/** The youth's refusals that the rules overrode for some categories (the worker told the youth). */
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
				return new Refusal(rs.getObject("recipient_agency_id", UUID.class), rs.getObject("recipient_user_id", UUID.class),
						bases, rs.getTimestamp("recorded_at").toInstant(), revoked == null ? null : revoked.toInstant(),
						rs.getDate("given_on").toLocalDate(), expires == null ? null : expires.toLocalDate());
			})
			.list();
	}
}
