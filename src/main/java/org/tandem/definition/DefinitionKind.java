package org.tandem.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.tandem.definition.DefinitionVersion.Origin;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * One kind of definition counties load as data: how a file is read and checked, the
 * versions shipped with Tandem, how a county's versions follow each other, what a refusal
 * says, and how long "the newest" may be served from memory. A description only: it
 * touches no database, so it can be a constant; {@link Definitions#register} gives it its
 * catalogue.
 *
 * <pre>
 * static final DefinitionKind&lt;Framework&gt; KIND = DefinitionKind
 *     .named("outcome-framework", "outcome/framework.schema.json", Framework.class, FrameworkRules::check)
 *     .shipped("outcome/model-framework.yaml")
 *     .build();
 * </pre>
 */
public final class DefinitionKind<T extends Versioned> {

	/**
	 * How a county's versions of a kind follow each other; an existing id and version is
	 * always refused.
	 */
	public enum Succession {

		/** In any order: a county may license an older edition after a newer one. */
		FREE,
		/**
		 * Each id only goes up: a new version is above the newest of its id the county
		 * can see, shipped included.
		 */
		ASCENDING_PER_ID,
		/**
		 * One line per county whatever the id: a new version is above the county's newest
		 * import.
		 */
		ASCENDING_PER_COUNTY

	}

	/**
	 * Reads a file into a checked, compiled version, or refuses it with
	 * {@link ErrorCode#DEFINITION_INVALID}.
	 */
	@FunctionalInterface
	public interface Reader<T> {

		T read(byte[] text, Origin origin);

	}

	private final String name;

	private final Reader<T> reader;

	private final List<String> shippedLocations;

	private final Succession succession;

	private final Duration recheckNewest;

	private final BiFunction<String, Integer, TandemException> existing;

	private final BiFunction<T, Integer, TandemException> notNewer;

	private final BiFunction<String, Integer, TandemException> notFound;

	private volatile List<Shipped<T>> shipped;

	/** A version shipped with Tandem and its file, exactly as shipped. */
	record Shipped<T extends Versioned>(DefinitionVersion<T> version, String text) {
	}

	private DefinitionKind(Builder<T> builder) {
		this.name = builder.name;
		this.reader = builder.reader;
		this.shippedLocations = List.copyOf(builder.shipped);
		this.succession = builder.succession;
		this.recheckNewest = builder.recheckNewest;
		this.existing = builder.existing;
		this.notNewer = builder.notNewer;
		this.notFound = builder.notFound;
	}

	/**
	 * A kind whose files are read by a loader of its own. The name is stored with every
	 * version.
	 */
	public static <T extends Versioned> Builder<T> named(String name, Reader<T> reader) {
		return new Builder<>(name, reader);
	}

	/**
	 * A kind whose files are read against the JSON Schema at {@code schema}, then checked
	 * by {@code rules}.
	 */
	public static <T extends Versioned> Builder<T> named(String name, String schema, Class<T> type,
			Function<T, List<DefinitionProblem>> rules) {
		DefinitionReader<T> files = new DefinitionReader<>(schema, type, rules);
		return new Builder<>(name, (text, origin) -> files.read(text));
	}

	public String name() {
		return name;
	}

	public Succession succession() {
		return succession;
	}

	public Duration recheckNewest() {
		return recheckNewest;
	}

	/**
	 * Reads a county's file: every problem is one {@link ErrorCode#DEFINITION_INVALID}.
	 */
	public T read(byte[] text) {
		return reader.read(text, Origin.COUNTY);
	}

	/**
	 * Reads a file that is part of Tandem: refused, it is a bug in the release, so the
	 * application must not start, and the message lists every problem with its field.
	 */
	public T readShipped(String file, byte[] text) {
		try {
			return reader.read(text, Origin.SHIPPED);
		}
		catch (TandemException ex) {
			throw DefinitionReader.shippedInvalid(name.replace('-', ' ') + " " + file, ex);
		}
	}

	/**
	 * The versions shipped with Tandem, read once (on first use) in the order of their
	 * locations.
	 */
	public List<T> shipped() {
		return shippedFiles().stream().map(file -> file.version().definition()).toList();
	}

	TandemException existing(String id, int version) {
		return existing.apply(id, version);
	}

	TandemException notNewer(T candidate, int newest) {
		return notNewer.apply(candidate, newest);
	}

	TandemException notFound(String id, int version) {
		return notFound.apply(id, version);
	}

	List<Shipped<T>> shippedFiles() {
		List<Shipped<T>> files = shipped;
		if (files == null) {
			synchronized (this) {
				if (shipped == null) {
					shipped = readShippedFiles();
				}
				files = shipped;
			}
		}
		return files;
	}

	private List<Shipped<T>> readShippedFiles() {
		List<Shipped<T>> files = new ArrayList<>();
		var resolver = new PathMatchingResourcePatternResolver();
		for (String location : shippedLocations) {
			try {
				for (Resource resource : resolver
					.getResources(location.contains(":") ? location : "classpath:" + location)) {
					byte[] text = resource.getContentAsByteArray();
					String file = location.contains("*") ? Objects.requireNonNullElse(resource.getFilename(), location)
							: location.substring(location.indexOf(':') + 1);
					T definition = readShipped(file, text);
					files.add(new Shipped<>(new DefinitionVersion<>(definition, Origin.SHIPPED, null, null),
							new String(text, StandardCharsets.UTF_8)));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The shipped " + name + " " + location + " is part of Tandem", ex);
			}
		}
		return List.copyOf(files);
	}

	@Override
	public String toString() {
		return "definition kind " + name;
	}

	/**
	 * Declares a kind; without more, versions come in any order and refusals use the
	 * generic codes.
	 */
	public static final class Builder<T extends Versioned> {

		private final String name;

		private final Reader<T> reader;

		private final List<String> shipped = new ArrayList<>();

		private Succession succession = Succession.FREE;

		private Duration recheckNewest = Duration.ZERO;

		private BiFunction<String, Integer, TandemException> existing = (id,
				version) -> new TandemException(ErrorCode.DEFINITION_VERSION_EXISTS, id, version);

		private BiFunction<T, Integer, TandemException> notNewer = (candidate, newest) -> TandemException
			.onField(ErrorCode.DEFINITION_VERSION_NOT_NEWER, "$.version", candidate.id(), candidate.version(), newest);

		private BiFunction<String, Integer, TandemException> notFound = (id,
				version) -> new TandemException(ErrorCode.DEFINITION_VERSION_NOT_FOUND, id, version);

		private Builder(String name, Reader<T> reader) {
			if (!name.matches("[a-z][a-z0-9-]{0,39}")) {
				throw new IllegalArgumentException("A kind is named in lower case with hyphens: " + name);
			}
			this.name = name;
			this.reader = Objects.requireNonNull(reader);
		}

		/**
		 * Classpath locations of the shipped versions; a pattern such as
		 * {@code instruments/builtin/*.yaml} is fine.
		 */
		public Builder<T> shipped(String... locations) {
			shipped.addAll(List.of(locations));
			return this;
		}

		public Builder<T> succession(Succession succession) {
			this.succession = Objects.requireNonNull(succession);
			return this;
		}

		/**
		 * How long the county's newest version may be served from memory before the
		 * database is asked again (an import on this instance takes effect at once).
		 * Zero, the default: always ask.
		 */
		public Builder<T> recheckNewestEvery(Duration interval) {
			this.recheckNewest = Objects.requireNonNull(interval);
			return this;
		}

		/**
		 * The refusal of an id and version that exists (shipped or imported); given id
		 * and version.
		 */
		public Builder<T> existing(BiFunction<String, Integer, TandemException> refusal) {
			this.existing = Objects.requireNonNull(refusal);
			return this;
		}

		/**
		 * The refusal of a version not above the newest its succession allows; given the
		 * file and the newest.
		 */
		public Builder<T> notNewer(BiFunction<T, Integer, TandemException> refusal) {
			this.notNewer = Objects.requireNonNull(refusal);
			return this;
		}

		/**
		 * The answer to an id and version the county cannot see; given id and version.
		 */
		public Builder<T> notFound(BiFunction<String, Integer, TandemException> refusal) {
			this.notFound = Objects.requireNonNull(refusal);
			return this;
		}

		public DefinitionKind<T> build() {
			return new DefinitionKind<>(this);
		}

	}

}
