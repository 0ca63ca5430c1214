package org.tandem.platform;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The project's seeded property harness (as in
 * {@code instrument.ScoringPropertiesTests}), shared: each try generates a value from its
 * own seed; a failure is reduced while it still fails and reported with the seed.
 * {@code -Dtandem.properties.seed=N} replays or explores other seeds;
 * {@code -Dtandem.properties.tries=N} changes the number of tries.
 */
public final class SeededProperties {

	public static final long SEED = Long.getLong("tandem.properties.seed", 20261121L);

	public static final int TRIES = Integer.getInteger("tandem.properties.tries", 1000);

	private SeededProperties() {
	}

	public static <T> void forAll(String name, Function<SplittableRandom, T> generator, Consumer<T> property,
			Function<T, List<T>> shrink) {
		forAll(name, TRIES, generator, property, shrink);
	}

	/**
	 * Runs the property on {@code tries} generated values, each from its own seed; on
	 * failure, reduces the value (when {@code shrink} is given) while it still fails and
	 * reports the seed and the reduced value.
	 */
	public static <T> void forAll(String name, int tries, Function<SplittableRandom, T> generator, Consumer<T> property,
			Function<T, List<T>> shrink) {
		long base = SEED ^ name.hashCode();
		for (int t = 0; t < tries; t++) {
			long seed = base + t;
			T value = generator.apply(new SplittableRandom(seed));
			Throwable failure = failureOf(property, value);
			if (failure == null) {
				continue;
			}
			T smallest = value;
			boolean smaller = shrink != null;
			for (int steps = 0; smaller && steps < 1000; steps++) {
				smaller = false;
				for (T candidate : shrink.apply(smallest)) {
					if (failureOf(property, candidate) != null) {
						smallest = candidate;
						smaller = true;
						break;
					}
				}
			}
			failure = failureOf(property, smallest);
			throw new AssertionError("Property failed for " + name + " on try " + t + " (seed " + seed
					+ "; replay with -Dtandem.properties.seed=" + SEED + "):\n" + smallest + "\n"
					+ failure.getMessage(), failure);
		}
	}

	private static <T> Throwable failureOf(Consumer<T> property, T value) {
		try {
			property.accept(value);
			return null;
		}
		catch (AssertionError | RuntimeException ex) {
			return ex;
		}
	}

}
