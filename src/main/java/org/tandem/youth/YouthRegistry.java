package org.tandem.youth;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.Counties;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.sharing.Category;
import org.tandem.sharing.Denials;
import org.tandem.sharing.Disclosures;

/**
 * Creates, finds and shows youth of the signed-in user's county. Every youth whose
 * identity this returns is written to the audit log in the same transaction.
 */
@Service
@Transactional
public class YouthRegistry {

	/** Audit actions of this module. */
	public static final String CREATED = "YOUTH_CREATED", VIEWED = "YOUTH_VIEWED", UPDATED = "YOUTH_UPDATED",
			LISTED = "YOUTH_LISTED";

	static final int OLDEST_AGE = 30;

	private final YouthRecords records;

	private final Agencies agencies;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final Disclosures disclosures;

	private final Denials denials;

	YouthRegistry(YouthRecords records, Agencies agencies, Counties counties, AuditLog audit, Clock clock,
			Disclosures disclosures, Denials denials) {
		this.disclosures = disclosures;
		this.denials = denials;
		this.records = records;
		this.agencies = agencies;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a youth, unless likely duplicates exist and the worker has not yet
	 * confirmed this is someone else; then fails with
	 * {@link ErrorCode#POSSIBLE_DUPLICATE} carrying the candidates.
	 */
	public Youth create(YouthForm form) {
		denials.eligible(Category.IDENTITY, Purpose.current()).orThrow();
		form.tidy();
		check(form);
		if (!form.isConfirmNotDuplicate()) {
			List<YouthSummary> candidates = likelyDuplicates(form, null);
			if (!candidates.isEmpty()) {
				throw new TandemException(ErrorCode.POSSIBLE_DUPLICATE, candidates.size())
					.with(Map.of("candidates", candidates));
			}
		}
		UUID id = UUID.randomUUID();
		records.insert(id, form, clock.instant(), actorId());
		audit.record(CREATED, id, Purpose.current(), null);
		return records.findById(id).orElseThrow();
	}

	/**
	 * Registers many youth at once without the duplicate check (imports, synthetic demo
	 * data); each is audited as created.
	 */
	public List<UUID> createAll(List<YouthForm> forms, String detail) {
		Map<UUID, YouthForm> byId = new LinkedHashMap<>();
		Set<UUID> agencyIds = agencyIds();
		for (YouthForm form : forms) {
			form.tidy();
			check(form, agencyIds);
			byId.put(UUID.randomUUID(), form);
		}
		records.insertAll(byId, clock.instant(), actorId());
		audit.recordAll(CREATED, byId.keySet(), Purpose.ADMINISTRATION, detail);
		return List.copyOf(byId.keySet());
	}

	public Youth update(UUID id, YouthForm form) {
		form.tidy();
		records.findById(id).orElseThrow(() -> new TandemException(ErrorCode.YOUTH_NOT_FOUND));
		disclosures.require(id, Category.IDENTITY, Purpose.current());
		if (form.getVersion() == null) {
			throw TandemException.onField(ErrorCode.INVALID_PARAMETER, "version", "version");
		}
		check(form);
		if (!records.update(id, form, clock.instant(), actorId())) {
			throw new TandemException(ErrorCode.YOUTH_CHANGED_MEANWHILE);
		}
		audit.record(UPDATED, id, Purpose.current(), null);
		return records.findById(id).orElseThrow();
	}

	/**
	 * Refuses, as not found, a youth who is not in the current county. Reveals nothing,
	 * so not audited.
	 */
	@Transactional(readOnly = true)
	public void requireExists(UUID id) {
		dateOfBirth(id);
	}

	/**
	 * The youth's date of birth, for checks of other modules' dates; not found as
	 * {@link ErrorCode#YOUTH_NOT_FOUND}.
	 */
	@Transactional(readOnly = true)
	public LocalDate dateOfBirth(UUID id) {
		return records.dateOfBirth(id).orElseThrow(() -> new TandemException(ErrorCode.YOUTH_NOT_FOUND));
	}

	/**
	 * The youth's record, audited as viewed. Unknown here (or another county's) is not
	 * found.
	 */
	public Youth view(UUID id) {
		Youth youth = records.findById(id).orElseThrow(() -> new TandemException(ErrorCode.YOUTH_NOT_FOUND));
		disclosures.require(id, Category.IDENTITY, Purpose.current());
		audit.record(VIEWED, id, Purpose.current(), null);
		return youth;
	}

	/**
	 * One page of search results; the query may be names or a date of birth (yyyy-mm-dd).
	 */
	public List<YouthSummary> search(String query, int page, int pageSize) {
		denials.eligible(Category.IDENTITY, Purpose.current()).orThrow();
		String q = query == null ? "" : query.strip();
		List<YouthSummary> found = visible(
				records.search(q, SearchDates.parse(q).orElse(null), pageSize, (long) Math.max(0, page) * pageSize));
		audit.recordAll(LISTED, found.stream().map(YouthSummary::id).toList(), Purpose.current(), "search");
		return found;
	}

	/** Likely duplicates of what the form describes, audited as listed. */
	public List<YouthSummary> likelyDuplicates(YouthForm form, UUID excluding) {
		if (form.getDateOfBirth() == null || form.getFirstName() == null || form.getLastName() == null) {
			return List.of();
		}
		List<String> probes = new ArrayList<>();
		probes.add(Names.normalize(form.getFirstName() + " " + form.getLastName()));
		if (form.getPreferredName() != null) {
			probes.add(Names.normalize(form.getPreferredName() + " " + form.getLastName()));
		}
		form.getAliases().stream().map(Names::normalize).forEach(probes::add);
		denials.eligible(Category.IDENTITY, Purpose.current()).orThrow();
		List<YouthSummary> found = visible(records.likelyDuplicates(probes, form.getDateOfBirth(), excluding));
		audit.recordAll(LISTED, found.stream().map(YouthSummary::id).toList(), Purpose.current(), "duplicate check");
		return found;
	}

	/**
	 * The rows whose identity the decision point lets the signed-in person see (once per
	 * youth).
	 */
	private List<YouthSummary> visible(List<YouthSummary> rows) {
		return disclosures.visible(rows, YouthSummary::id, Category.IDENTITY, Purpose.current());
	}

	private void check(YouthForm form) {
		check(form, form.getAgencyIds().isEmpty() ? Set.of() : agencyIds());
	}

	private Set<UUID> agencyIds() {
		return agencies.findAll().stream().map(Agency::id).collect(Collectors.toSet());
	}

	private void check(YouthForm form, Set<UUID> knownAgencies) {
		LocalDate today = LocalDate.now(clock.withZone(countyZone()));
		if (form.getDateOfBirth().isAfter(today)) {
			throw TandemException.onField(ErrorCode.DATE_OF_BIRTH_IN_FUTURE, "dateOfBirth");
		}
		if (form.getDateOfBirth().isBefore(today.minusYears(OLDEST_AGE))) {
			throw TandemException.onField(ErrorCode.DATE_OF_BIRTH_IMPLAUSIBLE, "dateOfBirth", OLDEST_AGE);
		}
		if (form.getRaceEthnicity().contains(RaceEthnicity.DECLINED) && form.getRaceEthnicity().size() > 1) {
			throw TandemException.onField(ErrorCode.RACE_DECLINED_WITH_OTHERS, "raceEthnicity");
		}
		if (!knownAgencies.containsAll(form.getAgencyIds())) {
			throw TandemException.onField(ErrorCode.AGENCY_NOT_IN_COUNTY, "agencyIds");
		}
	}

	private ZoneId countyZone() {
		return counties.currentZone();
	}

	private static UUID actorId() {
		return Tenancy.currentMember().map(member -> member.userId()).orElse(null);
	}

}
