package org.tandem.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;

/**
 * The instruments a county can use: those shipped with Tandem (from
 * {@code instruments/builtin/}) and those its administrator imported. A version, once loaded,
 * never changes, so compiled instruments are cached for good.
 */
@Service
@Transactional(readOnly = true)
public class Instruments {

	private static final String BUILT_IN = "classpath:instruments/builtin/*.yaml";

	private final JdbcClient jdbc;
	private final Map<String, Instrument> builtIn;
	private final Map<String, Instrument> imported = new ConcurrentHashMap<>();

	Instruments(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.builtIn = loadBuiltIn();
	}

	public List<InstrumentSummary> available() {
		Map<String, List<Instrument>> byId = new TreeMap<>();
		builtIn.values().forEach(instrument -> byId.computeIfAbsent(instrument.id(), k -> new ArrayList<>()).add(instrument));
		jdbc.sql("select instrument_id, version from instrument_version")
			.query((rs, n) -> get(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach(instrument -> byId.computeIfAbsent(instrument.id(), k -> new ArrayList<>()).add(instrument));
		return byId.values().stream().map(this::summarize).toList();
	}

	/** The instrument version, or {@link ErrorCode#T5003}. */
	public Instrument get(String id, int version) {
		return find(id, version).orElseThrow(() -> new TandemException(ErrorCode.T5003, id, version));
	}

	public Optional<Instrument> find(String id, int version) {
		Instrument shipped = builtIn.get(key(id, version));
		if (shipped != null) {
			return Optional.of(shipped);
		}
		UUID county = Tenancy.currentCounty().orElse(null);
		if (county == null) {
			return Optional.empty();
		}
		String cacheKey = county + "/" + key(id, version);
		Instrument cached = imported.get(cacheKey);
		if (cached != null) {
			return Optional.of(cached);
		}
		return jdbc.sql("select definition from instrument_version where instrument_id = ? and version = ?")
			.params(id, version)
			.query(String.class)
			.optional()
			.map(definition -> imported.computeIfAbsent(cacheKey, k -> InstrumentLoader.load(definition)));
	}

	/** The latest version of an instrument, or {@link ErrorCode#T5003}. */
	public Instrument latest(String id) {
		return available().stream()
			.filter(summary -> summary.id().equals(id))
			.findFirst()
			.map(summary -> get(id, summary.latestVersion()))
			.orElseThrow(() -> new TandemException(ErrorCode.T5003, id, "-"));
	}

	/** Validates and stores a county's definition; an existing id and version is never replaced. */
	@Transactional
	public Instrument importDefinition(byte[] definition, UUID importedBy) {
		Instrument instrument = InstrumentLoader.load(definition);
		if (find(instrument.id(), instrument.version()).isPresent()) {
			throw new TandemException(ErrorCode.T5002, instrument.id(), instrument.version());
		}
		jdbc.sql("""
				insert into instrument_version (county_id, instrument_id, version, definition, imported_by)
				values (current_county(), ?, ?, ?, ?)""")
			.params(instrument.id(), instrument.version(), new String(definition, StandardCharsets.UTF_8), importedBy)
			.update();
		return instrument;
	}

	private InstrumentSummary summarize(List<Instrument> versions) {
		versions.sort(Comparator.comparingInt(Instrument::version));
		Instrument latest = versions.get(versions.size() - 1);
		var definition = latest.definition();
		return new InstrumentSummary(latest.id(), versions.stream().map(Instrument::version).toList(), latest.version(),
				definition.title(), definition.kind(), definition.form(), definition.validated(),
				builtIn.containsKey(key(latest.id(), latest.version())),
				definition.intendedRoles(),
				definition.defaultForRoles() == null ? List.of() : definition.defaultForRoles());
	}

	private static Map<String, Instrument> loadBuiltIn() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUILT_IN);
			Map<String, Instrument> loaded = new TreeMap<>();
			for (Resource resource : resources) {
				Instrument instrument;
				try {
					instrument = InstrumentLoader.load(resource.getContentAsByteArray());
				}
				catch (TandemException ex) {
					throw new IllegalStateException("The built-in instrument " + resource.getFilename() + " is invalid: "
							+ ex.fieldErrors(), ex);
				}
				loaded.put(key(instrument.id(), instrument.version()), instrument);
			}
			return Map.copyOf(loaded);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String key(String id, int version) {
		return id + "@" + version;
	}
}
