package org.tandem.definition;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.definition.DefinitionKind.Shipped;
import org.tandem.definition.DefinitionKind.Succession;
import org.tandem.definition.DefinitionVersion.Origin;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;

/**
 * The versions of one kind a county can use: those shipped with Tandem and those the
 * county imported. A version never changes once stored, so every version read is compiled
 * once and kept; the county's newest is asked of the database again after the kind's
 * recheck interval. Methods that read the database run in the caller's transaction (its
 * county decides what is seen); with no county, only the shipped versions exist.
 */
public final class DefinitionCatalogue<T extends Versioned> {

	private record Checked<T extends Versioned>(Optional<DefinitionVersion<T>> newest, long atNanos) {
	}

	private final DefinitionKind<T> kind;

	private final DefinitionRows rows;

	private final Map<String, Shipped<T>> shipped = new LinkedHashMap<>();

	private final List<T> shippedDefinitions;

	/**
	 * Imported versions by county, id and version: they never change, so they are kept
	 * for good.
	 */
	private final Map<String, DefinitionVersion<T>> imported = new ConcurrentHashMap<>();

	private final Map<UUID, Checked<T>> newest = new ConcurrentHashMap<>();

	DefinitionCatalogue(DefinitionKind<T> kind, DefinitionRows rows) {
		this.kind = kind;
		this.rows = rows;
		kind.shippedFiles().forEach(file -> shipped.put(key(file.version().id(), file.version().version()), file));
		this.shippedDefinitions = kind.shipped();
	}

	public DefinitionKind<T> kind() {
		return kind;
	}

	/** The versions shipped with Tandem, which every county can use. */
	public List<T> shipped() {
		return shippedDefinitions;
	}

	public boolean isShipped(String id, int version) {
		return shipped.containsKey(key(id, version));
	}

	/**
	 * Exactly this version, shipped or imported by the county, or the kind's "not found".
	 */
	public T get(String id, int version) {
		return find(id, version).orElseThrow(() -> kind.notFound(id, version));
	}

	public Optional<T> find(String id, int version) {
		return findVersion(id, version).map(DefinitionVersion::definition);
	}

	public Optional<DefinitionVersion<T>> findVersion(String id, int version) {
		Shipped<T> file = shipped.get(key(id, version));
		if (file != null) {
			return Optional.of(file.version());
		}
		Optional<UUID> county = Tenancy.currentCounty();
		if (county.isEmpty()) {
			return Optional.empty();
		}
		String cacheKey = county.get() + "/" + key(id, version);
		DefinitionVersion<T> cached = imported.get(cacheKey);
		if (cached != null) {
			return Optional.of(cached);
		}
		return rows.find(kind.name(), id, version).map(stored -> remember(cacheKey, stored));
	}

	/** The county's own versions, the newest import first. */
	public List<DefinitionVersion<T>> imported() {
		if (Tenancy.currentCounty().isEmpty()) {
			return List.of();
		}
		return rows.list(kind.name()).stream().map(row -> findVersion(row.id(), row.version()).orElseThrow()).toList();
	}

	/**
	 * The county's newest import: the last made, or the highest number where versions
	 * form one line per county. Served from memory for the kind's recheck interval.
	 */
	public Optional<DefinitionVersion<T>> newestImport() {
		Optional<UUID> county = Tenancy.currentCounty();
		if (county.isEmpty()) {
			return Optional.empty();
		}
		long interval = kind.recheckNewest().toNanos();
		long now = System.nanoTime();
		Checked<T> checked = interval == 0 ? null : newest.get(county.get());
		if (checked != null && now - checked.atNanos() < interval) {
			return checked.newest();
		}
		Optional<DefinitionVersion<T>> found = rows
			.newest(kind.name(), kind.succession() == Succession.ASCENDING_PER_COUNTY)
			.flatMap(row -> findVersion(row.id(), row.version()));
		if (interval != 0) {
			newest.put(county.get(), new Checked<>(found, now));
		}
		return found;
	}

	/** What the county uses now: its newest import, else the first shipped version. */
	public T current() {
		Optional<DefinitionVersion<T>> newestImport = newestImport();
		if (newestImport.isPresent()) {
			return newestImport.get().definition();
		}
		if (shippedDefinitions.isEmpty()) {
			throw new IllegalStateException(kind + " ships no version and the county imported none");
		}
		return shippedDefinitions.get(0);
	}

	/**
	 * The highest version of this id the county can see, shipped ones included; 0 if
	 * none.
	 */
	public int newestVersionOf(String id) {
		int newestShipped = shipped.values()
			.stream()
			.filter(file -> file.version().id().equals(id))
			.mapToInt(file -> file.version().version())
			.max()
			.orElse(0);
		int newestImported = Tenancy.currentCounty().isEmpty() ? 0 : rows.highestVersion(kind.name(), id);
		return Math.max(newestShipped, newestImported);
	}

	/** The file of a version, exactly as shipped or imported. */
	public Optional<String> text(String id, int version) {
		Shipped<T> file = shipped.get(key(id, version));
		if (file != null) {
			return Optional.of(file.text());
		}
		return rows.find(kind.name(), id, version).map(DefinitionRows.Stored::text);
	}

	public T importVersion(byte[] text, UUID importedBy, Instant importedAt) {
		return importVersion(text, importedBy, importedAt, definition -> {
		});
	}

	/**
	 * Reads, checks and stores a county's version (in the caller's read-write
	 * transaction): an existing id and version is refused, shipped or imported, and so is
	 * a version out of the kind's succession; {@code countyChecks} then refuses what this
	 * county could not run. Every refusal is the kind's own; a file that is not valid is
	 * one {@link ErrorCode#DEFINITION_INVALID} listing every problem.
	 */
	public T importVersion(byte[] text, UUID importedBy, Instant importedAt, Consumer<T> countyChecks) {
		T candidate = kind.read(text);
		if (candidate.version() < 1) {
			throw TandemException.onFields(ErrorCode.DEFINITION_INVALID, List.of(TandemException.FieldError
				.described("$.version", ErrorCode.DEFINITION_INVALID, "must be 1 or more")), 1);
		}
		UUID county = Tenancy.currentCounty()
			.orElseThrow(() -> new IllegalStateException("A definition is imported into a county"));
		rows.lock(county, kind.name());
		if (findVersion(candidate.id(), candidate.version()).isPresent()) {
			throw kind.existing(candidate.id(), candidate.version());
		}
		int highest = switch (kind.succession()) {
			case FREE -> 0;
			case ASCENDING_PER_ID -> newestVersionOf(candidate.id());
			case ASCENDING_PER_COUNTY -> rows.highestVersion(kind.name(), null);
		};
		if (candidate.version() <= highest) {
			throw kind.notNewer(candidate, highest);
		}
		countyChecks.accept(candidate);
		try {
			rows.insert(kind.name(), candidate, new String(text, StandardCharsets.UTF_8), importedBy, importedAt);
		}
		catch (DuplicateKeyException ex) {
			throw kind.existing(candidate.id(), candidate.version());
		}
		forgetNewest(county);
		return candidate;
	}

	/**
	 * The county's newest is asked again at its next use; and again after the commit,
	 * since a reader in between would have remembered the version before this one.
	 */
	private void forgetNewest(UUID county) {
		newest.remove(county);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					newest.remove(county);
				}
			});
		}
	}

	private DefinitionVersion<T> remember(String cacheKey, DefinitionRows.Stored stored) {
		T definition = kind.read(stored.text().getBytes(StandardCharsets.UTF_8));
		var version = new DefinitionVersion<>(definition, Origin.COUNTY, stored.row().importedBy(),
				stored.row().importedAt());
		DefinitionVersion<T> earlier = imported.putIfAbsent(cacheKey, version);
		return earlier == null ? version : earlier;
	}

	private static String key(String id, int version) {
		return id + "@" + version;
	}

}
