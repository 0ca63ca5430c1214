package org.tandem.sharing;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

	DisclosureAccounting(AuditLog audit, Disclosures disclosures, YouthRows youth, Agencies agencies, Counties counties) {
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
		List<Disclosure> lines = entries.stream().map(entry -> {
			AuditActions.Meaning meaning = AuditActions.meaning(entry.action(), entry.detail());
			return new Disclosure(entry.occurredAt().atZone(zone).toOffsetDateTime(), entry.actorAgencyId(),
					entry.actorAgencyId() == null ? null : names.get(entry.actorAgencyId()), entry.actorUsername(),
					entry.action(), meaning.categories().stream().sorted().toList(), meaning.kind(), entry.purpose(),
					meaning.emergency());
		}).toList();
		audit.record(VIEWED, youthId, purpose, lines.size() + " entries");
		return lines;
	}
}
