package org.tandem.protocol;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.county.Agencies;
import org.tandem.county.Counties;
import org.tandem.definition.DefinitionCatalogue;
import org.tandem.definition.DefinitionVersion;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * The protocols a county can run: the model protocol shipped with Tandem
 * ({@value #SHIPPED}; an invalid shipped file stops the application, with every problem
 * listed), and the versions the county imported, kept by the definition catalogue
 * ({@link ProtocolKind}). The county's current protocol is its newest import, or the
 * shipped model until it imports one; a running response keeps reading the version it
 * started under through {@link #version(String, int)}.
 */
@Service
@Transactional(readOnly = true)
public class ProtocolCatalogue {

	static final String SHIPPED = "protocols/model-protocol.yaml";

	private final Protocol shipped;

	private final DefinitionCatalogue<Protocol> versions;

	private final Agencies agencies;

	private final Counties counties;

	private final Clock clock;

	ProtocolCatalogue(DefinitionCatalogue<Protocol> versions, Agencies agencies, Counties counties, Clock clock) {
		this.shipped = ProtocolKind.KIND.shipped().get(0);
		this.versions = versions;
		this.agencies = agencies;
		this.counties = counties;
		this.clock = clock;
	}

	/** The model protocol shipped with Tandem. */
	public Protocol shipped() {
		return shipped;
	}

	/**
	 * The protocol new responses start under: the county's newest import, else the
	 * shipped model.
	 */
	public Protocol current() {
		return versions.current();
	}

	/**
	 * Exactly this version (shipped or imported by the county), or
	 * {@link ErrorCode#PROTOCOL_VERSION_NOT_FOUND}.
	 */
	public Protocol version(String id, int version) {
		return versions.get(id, version);
	}

	public Optional<Protocol> find(String id, int version) {
		return versions.find(id, version);
	}

	/** Every version the county can see, newest import first, the shipped model last. */
	public List<ProtocolVersion> versions() {
		ZoneId zone = counties.currentZone();
		List<DefinitionVersion<Protocol>> imported = versions.imported();
		List<ProtocolVersion> all = new ArrayList<>();
		for (int i = 0; i < imported.size(); i++) {
			DefinitionVersion<Protocol> version = imported.get(i);
			all.add(new ProtocolVersion(version.id(), version.version(), version.definition().title(), false,
					version.importedAt().atZone(zone).toOffsetDateTime(), version.importedBy(), i == 0));
		}
		all.add(new ProtocolVersion(shipped.id(), shipped.version(), shipped.title(), true, null, null,
				imported.isEmpty()));
		return all;
	}

	/**
	 * Validates and stores a county's version; it becomes the county's current protocol.
	 * An existing id and version is never replaced
	 * ({@link ErrorCode#PROTOCOL_VERSION_EXISTS}), a lower version never follows a higher
	 * one ({@link ErrorCode#PROTOCOL_VERSION_NOT_HIGHER}), and every lead agency type
	 * must be one the county has an active agency of, or responses could not start
	 * ({@link ErrorCode#PROTOCOL_LEAD_AGENCY_MISSING}).
	 */
	@Transactional
	public Protocol importDefinition(byte[] definition, UUID importedBy) {
		return versions.importVersion(definition, importedBy, clock.instant(), this::requireLeadAgencies);
	}

	private void requireLeadAgencies(Protocol protocol) {
		Set<String> activeTypes = new LinkedHashSet<>();
		agencies.findActive().forEach(agency -> activeTypes.add(agency.type().name()));
		List<TandemException.FieldError> missing = new ArrayList<>();
		protocol.leadAgencyByJurisdiction().forEach((jurisdiction, type) -> {
			if (!activeTypes.contains(type)) {
				missing.add(TandemException.FieldError.of("$.leadAgencyByJurisdiction." + jurisdiction,
						ErrorCode.PROTOCOL_LEAD_AGENCY_MISSING, type, jurisdiction));
			}
		});
		if (!missing.isEmpty()) {
			throw TandemException.onFields(ErrorCode.PROTOCOL_LEAD_AGENCY_MISSING, missing, missing.get(0).args());
		}
	}

	/**
	 * Loads a protocol that is part of Tandem; an invalid one is a bug in the release.
	 */
	static Protocol loadShipped(String name, byte[] definition) {
		return ProtocolKind.KIND.readShipped(name, definition);
	}

}
