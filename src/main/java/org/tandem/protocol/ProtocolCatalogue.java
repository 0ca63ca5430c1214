package org.tandem.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.county.Agencies;
import org.tandem.county.Counties;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;

/**
 * The protocols a county can run: the model protocol shipped with Tandem ({@value #SHIPPED}),
 * loaded once at startup (an invalid shipped file stops the application, with every problem
 * listed), and the versions the county imported. The county's current protocol is its newest
 * import, or the shipped model until it imports one. A version never changes once stored, so
 * loaded versions are cached for good; a running response keeps reading the version it started
 * under through {@link #version(String, int)}.
 */
@Service
@Transactional(readOnly = true)
public class ProtocolCatalogue {

	static final String SHIPPED = "protocols/model-protocol.yaml";

	private final Protocol shipped;
	private final JdbcClient jdbc;
	private final Agencies agencies;
	private final Counties counties;
	private final Clock clock;
	/** Imported versions by county, id and version. */
	private final Map<String, Protocol> imported = new ConcurrentHashMap<>();

	ProtocolCatalogue(JdbcClient jdbc, Agencies agencies, Counties counties, Clock clock) {
		this.shipped = loadShipped(SHIPPED, read(SHIPPED));
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.counties = counties;
		this.clock = clock;
	}

	/** The model protocol shipped with Tandem. */
	public Protocol shipped() {
		return shipped;
	}

	/** The protocol new responses start under: the county's newest import, else the shipped model. */
	public Protocol current() {
		return newestImport().map(key -> version(key.id(), key.version())).orElse(shipped);
	}

	/** Exactly this version (shipped or imported by the county), or {@link ErrorCode#T9104}. */
	public Protocol version(String id, int version) {
		return find(id, version).orElseThrow(() -> new TandemException(ErrorCode.T9104, id, version));
	}

	public Optional<Protocol> find(String id, int version) {
		if (shipped.id().equals(id) && shipped.version() == version) {
			return Optional.of(shipped);
		}
		UUID county = Tenancy.currentCounty().orElse(null);
		if (county == null) {
			return Optional.empty();
		}
		String cacheKey = county + "/" + id + "@" + version;
		Protocol cached = imported.get(cacheKey);
		if (cached != null) {
			return Optional.of(cached);
		}
		return jdbc.sql("select definition from protocol_version where protocol_id = ? and version = ?")
			.params(id, version)
			.query(String.class)
			.optional()
			.map(definition -> imported.computeIfAbsent(cacheKey, k -> ProtocolLoader.load(definition)));
	}

	/** Every version the county can see, newest import first, the shipped model last. */
	public List<ProtocolVersion> versions() {
		ZoneId zone = counties.currentZone();
		Optional<Key> current = newestImport();
		List<ProtocolVersion> versions = new ArrayList<>(jdbc.sql("""
				select protocol_id, version, imported_by, imported_at from protocol_version
				order by imported_at desc, version desc""")
			.query((rs, n) -> {
				String id = rs.getString("protocol_id");
				int version = rs.getInt("version");
				return new ProtocolVersion(id, version, version(id, version).title(), false,
						rs.getTimestamp("imported_at").toInstant().atZone(zone).toOffsetDateTime(),
						rs.getObject("imported_by", UUID.class), current.equals(Optional.of(new Key(id, version))));
			})
			.list());
		versions.add(new ProtocolVersion(shipped.id(), shipped.version(), shipped.title(), true, null, null,
				current.isEmpty()));
		return versions;
	}

	/**
	 * Validates and stores a county's version; it becomes the county's current protocol. An existing
	 * id and version is never replaced, a lower version never follows a higher one, and every lead
	 * agency type must be one the county has an active agency of (or responses could not start).
	 */
	@Transactional
	public Protocol importDefinition(byte[] definition, UUID importedBy) {
		Protocol protocol = ProtocolLoader.load(definition);
		if (find(protocol.id(), protocol.version()).isPresent()) {
			throw new TandemException(ErrorCode.T9101, protocol.id(), protocol.version());
		}
		int newest = newestVersionOf(protocol.id());
		if (protocol.version() < newest) {
			throw TandemException.onField(ErrorCode.T9102, "$.version", protocol.id(), protocol.version(), newest);
		}
		requireLeadAgencies(protocol);
		try {
			jdbc.sql("""
					insert into protocol_version (county_id, protocol_id, version, definition, imported_by, imported_at)
					values (current_county(), ?, ?, ?, ?, ?)""")
				.params(protocol.id(), protocol.version(), new String(definition, StandardCharsets.UTF_8), importedBy,
						Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new TandemException(ErrorCode.T9101, protocol.id(), protocol.version());
		}
		return protocol;
	}

	private void requireLeadAgencies(Protocol protocol) {
		Set<String> activeTypes = new LinkedHashSet<>();
		agencies.findActive().forEach(agency -> activeTypes.add(agency.type().name()));
		List<TandemException.FieldError> missing = new ArrayList<>();
		protocol.leadAgencyByJurisdiction().forEach((jurisdiction, type) -> {
			if (!activeTypes.contains(type)) {
				missing.add(TandemException.FieldError.of("$.leadAgencyByJurisdiction." + jurisdiction, ErrorCode.T9103,
						type, jurisdiction));
			}
		});
		if (!missing.isEmpty()) {
			throw TandemException.onFields(ErrorCode.T9103, missing, missing.get(0).args());
		}
	}

	/** The highest version of this id the county can see (the shipped one included), 0 if none. */
	private int newestVersionOf(String id) {
		int newest = jdbc.sql("select coalesce(max(version), 0) from protocol_version where protocol_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		return shipped.id().equals(id) ? Math.max(newest, shipped.version()) : newest;
	}

	private Optional<Key> newestImport() {
		if (Tenancy.currentCounty().isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("select protocol_id, version from protocol_version order by imported_at desc, version desc limit 1")
			.query((rs, n) -> new Key(rs.getString(1), rs.getInt(2)))
			.optional();
	}

	private record Key(String id, int version) {
	}

	/** Loads a protocol that is part of Tandem; an invalid one is a bug in the release. */
	static Protocol loadShipped(String name, byte[] definition) {
		try {
			return ProtocolLoader.load(definition);
		}
		catch (TandemException ex) {
			throw org.tandem.platform.DefinitionReader.shippedInvalid("protocol " + name, ex);
		}
	}

	private static byte[] read(String name) {
		try {
			return new ClassPathResource(name).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The shipped protocol " + name + " is part of Tandem", ex);
		}
	}
}
