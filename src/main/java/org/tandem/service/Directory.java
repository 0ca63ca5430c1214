package org.tandem.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.county.Role;
import org.tandem.platform.CountyId;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.service.Provider.Capacity;
import org.tandem.service.Provider.Program;
import org.tandem.sharing.Category;
import org.tandem.sharing.PlaceDisclosures;

/**
 * The county's resource directory: county administrators and resource coordinators keep
 * their county's entries; every signed-in worker of a county an entry serves finds and
 * reads it. A confidential address (a safe house) reaches only those whom the disclosure
 * rules let see locations, and the entry's own keepers.
 */
@Service
public class Directory {

	private final Providers providers;

	private final ProgramNeeds needs;

	private final Counties counties;

	private final PlaceDisclosures places;

	private final Clock clock;

	Directory(Providers providers, ProgramNeeds needs, Counties counties, PlaceDisclosures places, Clock clock) {
		this.providers = providers;
		this.needs = needs;
		this.counties = counties;
		this.places = places;
		this.clock = clock;
	}

	/** An entry as the signed-in person may see it, if their county reads it. */
	@Transactional(readOnly = true)
	public Optional<Provider> find(ProviderId id) {
		return providers.find(id.value()).map(new Reader()::shown);
	}

	@Transactional(readOnly = true)
	Provider get(UUID id) {
		return find(new ProviderId(id)).orElseThrow(() -> new TandemException(ErrorCode.PROVIDER_NOT_FOUND));
	}

	@Transactional(readOnly = true)
	List<Provider> search(DirectorySearch search, int page, int pageSize) {
		Reader reader = new Reader();
		return providers.search(search, page * pageSize, pageSize).stream().map(reader::shown).toList();
	}

	@Transactional
	Provider create(ProviderInput input) {
		CountyMember me = requireKeeper();
		Provider checked = ProviderRules.check(input, context(me));
		Provider entry = new Provider(new ProviderId(UUID.randomUUID()), new CountyId(me.countyId()), 1, checked.name(),
				checked.intakeContact(), checked.location(), checked.countiesServed(), checked.type(),
				identified(checked.programs(), List.of()), checked.clientsServed(), checked.securityMeasures(),
				checked.staffTraining(), checked.fundingLimitations(), checked.strengths(), checked.barriers(),
				checked.languages(), dated(checked.capacity(), null), checked.placementFactors(), true);
		providers.insert(entry, me.userId(), clock.instant());
		return entry;
	}

	@Transactional
	Provider update(UUID id, ProviderInput input) {
		CountyMember me = requireKeeper();
		Provider current = providers.find(id).orElseThrow(() -> new TandemException(ErrorCode.PROVIDER_NOT_FOUND));
		if (!current.countyId().value().equals(me.countyId())) {
			throw new TandemException(ErrorCode.PROVIDER_OF_ANOTHER_COUNTY);
		}
		if (input.version() == null) {
			throw TandemException.onField(ErrorCode.PROVIDER_VERSION_REQUIRED, "version", "version");
		}
		Provider checked = ProviderRules.check(input, context(me));
		if (input.version() != current.version()) {
			throw new TandemException(ErrorCode.PROVIDER_CHANGED_MEANWHILE);
		}
		Provider entry = new Provider(current.id(), current.countyId(), current.version() + 1, checked.name(),
				checked.intakeContact(), checked.location(), checked.countiesServed(), checked.type(),
				identified(checked.programs(), current.programs()), checked.clientsServed(), checked.securityMeasures(),
				checked.staffTraining(), checked.fundingLimitations(), checked.strengths(), checked.barriers(),
				checked.languages(), dated(checked.capacity(), current.capacity()), checked.placementFactors(), true);
		if (!providers.update(entry, current.version(), me.userId(), clock.instant())) {
			throw new TandemException(ErrorCode.PROVIDER_CHANGED_MEANWHILE);
		}
		return entry;
	}

	/**
	 * Programs keep their ids (sessions and referrals name them): the id sent, else that
	 * of the program of the same name before, else a new one.
	 */
	private static List<Program> identified(List<Program> programs, List<Program> before) {
		return programs.stream().map(program -> {
			if (program.id() != null) {
				return program;
			}
			ProgramId id = before.stream()
				.filter(old -> old.name().equalsIgnoreCase(program.name()))
				.map(Program::id)
				.findFirst()
				.orElseGet(() -> new ProgramId(UUID.randomUUID()));
			return new Program(id, program.name(), program.needs(), program.components());
		}).toList();
	}

	/**
	 * Capacity keeps the day it was last updated: the day sent, else today when the
	 * numbers changed, else the day already recorded.
	 */
	private Capacity dated(Capacity capacity, Capacity before) {
		if (capacity.updatedOn() != null || !capacity.counts()) {
			return capacity;
		}
		LocalDate on = capacity.sameCounts(before) ? before.updatedOn() : today();
		return new Capacity(capacity.total(), capacity.available(), capacity.waitlist(), on);
	}

	ProviderRules.Context context(CountyMember me) {
		return new ProviderRules.Context(me.countyId(), county -> counties.findById(CountyId.of(county)).isPresent(),
				needs::known, today());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(counties.currentZone()));
	}

	/** Whether the signed-in person keeps the directory of their county. */
	static boolean keeper() {
		return Tenancy.currentMember().map(Directory::keeper).orElse(false);
	}

	private static boolean keeper(CountyMember member) {
		return member.roleNames().contains(Role.COUNTY_ADMIN.name())
				|| member.roleNames().contains(Role.RESOURCE_COORDINATOR.name());
	}

	static CountyMember requireKeeper() {
		CountyMember me = Tenancy.currentMember().orElseThrow(() -> new TandemException(ErrorCode.NOT_AUTHENTICATED));
		if (!keeper(me)) {
			throw new TandemException(ErrorCode.ACCESS_DENIED);
		}
		return me;
	}

	/**
	 * Shows entries to the signed-in person: the decision on confidential addresses made
	 * once per list.
	 */
	private final class Reader {

		private final CountyMember me = Tenancy.currentMember().orElse(null);

		private Boolean mayKnowPlaces;

		Provider shown(Provider entry) {
			boolean own = me != null && entry.countyId().value().equals(me.countyId()) && keeper(me);
			Provider seen = entry.editable(own);
			if (own || !entry.location().confidential()) {
				return seen;
			}
			if (mayKnowPlaces == null) {
				mayKnowPlaces = places.allows(Category.LOCATION, Purpose.current());
			}
			return mayKnowPlaces ? seen : seen.masked();
		}

	}

}
