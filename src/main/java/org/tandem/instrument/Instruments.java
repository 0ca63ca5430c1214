package org.tandem.instrument;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.definition.DefinitionCatalogue;
import org.tandem.definition.DefinitionVersion;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * The instruments a county can use: those shipped with Tandem (from
 * {@code instruments/builtin/}) and those its administrator imported, kept by the
 * definition catalogue ({@link InstrumentKind}).
 */
@Service
@Transactional(readOnly = true)
public class Instruments {

	private final DefinitionCatalogue<Instrument> versions;

	private final Clock clock;

	Instruments(DefinitionCatalogue<Instrument> versions, Clock clock) {
		this.versions = versions;
		this.clock = clock;
	}

	public List<InstrumentSummary> available() {
		Map<String, List<Instrument>> byId = new TreeMap<>();
		Stream.concat(versions.shipped().stream(), versions.imported().stream().map(DefinitionVersion::definition))
			.forEach(instrument -> byId.computeIfAbsent(instrument.id(), k -> new ArrayList<>()).add(instrument));
		return byId.values().stream().map(this::summarize).toList();
	}

	/** The instrument version, or {@link ErrorCode#INSTRUMENT_NOT_FOUND}. */
	public Instrument get(String id, int version) {
		return versions.get(id, version);
	}

	public Optional<Instrument> find(String id, int version) {
		return versions.find(id, version);
	}

	/** The latest version of an instrument, or {@link ErrorCode#INSTRUMENT_NOT_FOUND}. */
	public Instrument latest(String id) {
		return available().stream()
			.filter(summary -> summary.id().equals(id))
			.findFirst()
			.map(summary -> get(id, summary.latestVersion()))
			.orElseThrow(() -> new TandemException(ErrorCode.INSTRUMENT_NOT_FOUND, id, "-"));
	}

	/**
	 * Validates and stores a county's definition; an existing id and version is never
	 * replaced ({@link ErrorCode#INSTRUMENT_VERSION_EXISTS}).
	 */
	@Transactional
	public Instrument importDefinition(byte[] definition, UUID importedBy) {
		return versions.importVersion(definition, importedBy, clock.instant());
	}

	private InstrumentSummary summarize(List<Instrument> versionsOfOne) {
		versionsOfOne.sort(Comparator.comparingInt(Instrument::version));
		Instrument latest = versionsOfOne.get(versionsOfOne.size() - 1);
		var definition = latest.definition();
		return new InstrumentSummary(latest.id(), versionsOfOne.stream().map(Instrument::version).toList(),
				latest.version(), definition.title(), definition.kind(), definition.form(), definition.validated(),
				versions.isShipped(latest.id(), latest.version()), definition.intendedRoles(),
				definition.defaultForRoles() == null ? List.of() : definition.defaultForRoles());
	}

}
