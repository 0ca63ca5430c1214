import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

import org.tandem.instrument.Instrument;
import org.tandem.instrument.InstrumentDefinition.Indicator;
import org.tandem.instrument.InstrumentDefinition.Item;
import org.tandem.instrument.InstrumentDefinition.Option;
import org.tandem.instrument.InstrumentLoader;
import org.tandem.instrument.Score;

/**
 * Single-thread throughput of scoring a full screening (tandem-indicator-screen, 47 items), and of
 * validating then scoring it as a submission does. Not part of the test run: bench/scoring.sh
 * builds the class path and runs this file with the JDK's single-file source launcher.
 *
 * <pre>
 * java -cp "$(cat target/scoring-classpath.txt):target/classes" bench/ScoringBenchmark.java \
 *     [warm-up seconds (5)] [iterations (5)] [seconds per iteration (2)] [answer sets (4096)]
 * </pre>
 *
 * Prints a Markdown table. The answer sets are generated up front (fixed seed) and complete: every
 * item answered YES, NO or NOT_ENOUGH_INFORMATION, in LinkedHashMaps as the JSON API builds them.
 */
public class ScoringBenchmark {

	static final String INSTRUMENT = "instruments/builtin/tandem-indicator-screen-v1.yaml";

	static final double TARGET = 200_000;

	/** Keeps the JIT from dropping the work whose result nobody reads. */
	static volatile long sink;

	public static void main(String[] args) throws IOException {
		double warmUpSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
		int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		double iterationSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 2;
		int sets = args.length > 3 ? Integer.parseInt(args[3]) : 4096;

		Instrument instrument;
		try (InputStream in = ClassLoader.getSystemResourceAsStream(INSTRUMENT)) {
			if (in == null) {
				throw new IllegalStateException(INSTRUMENT + " is not on the class path: add target/classes");
			}
			instrument = InstrumentLoader.load(in.readAllBytes());
		}
		List<Map<String, String>> answers = completeAnswers(instrument, sets, new SplittableRandom(42));

		System.out.printf(Locale.ROOT, "| instrument | %s v%d, %d items, %d answer sets |%n", instrument.id(),
				instrument.version(), instrument.itemCount(), answers.size());
		System.out.printf(Locale.ROOT, "| run | warm-up %.0f s, then %d iterations of %.0f s, one thread |%n%n",
				warmUpSeconds, iterations, iterationSeconds);
		System.out.println("| workload | mean screenings/s | min | max | per CPU-second | allocated per screening | target 200,000/s |");
		System.out.println("|---|---:|---:|---:|---:|---:|---|");
		run("score", answers, a -> instrument.score(a).score(), warmUpSeconds, iterations, iterationSeconds);
		run("requireValid(complete) + score", answers, a -> {
			instrument.requireValid(a, true);
			Score score = instrument.score(a);
			return score.score() + score.level().length();
		}, warmUpSeconds, iterations, iterationSeconds);
		System.out.println();
		System.out.println("(checksum " + sink + ")");
	}

	static void run(String name, List<Map<String, String>> answers, ToIntFunction<Map<String, String>> work,
			double warmUpSeconds, int iterations, double iterationSeconds) {
		measure(answers, work, warmUpSeconds);
		double[] rates = new double[iterations];
		long allocatedBefore = allocatedBytes();
		long operations = 0;
		long cpu = 0;
		for (int i = 0; i < iterations; i++) {
			long[] done = measure(answers, work, iterationSeconds);
			rates[i] = done[0] / (done[1] / 1e9);
			operations += done[0];
			cpu += done[2];
		}
		long allocated = allocatedBytes() - allocatedBefore;
		double mean = 0, min = Double.MAX_VALUE, max = 0;
		for (double rate : rates) {
			mean += rate / rates.length;
			min = Math.min(min, rate);
			max = Math.max(max, rate);
		}
		System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | %s | %s | %s |%n", name, mean, min, max,
				cpu <= 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f", operations / (cpu / 1e9)),
				allocated < 0 ? "n/a" : String.format(Locale.ROOT, "%,d B", allocated / Math.max(1, operations)),
				mean >= TARGET ? "met" : "missed");
	}

	/**
	 * Runs the work over the answer sets for at least the given wall-clock time: {operations,
	 * wall-clock nanoseconds, this thread's CPU nanoseconds (or -1)}. The CPU time shows the cost
	 * of the work itself when other processes compete for the cores.
	 */
	static long[] measure(List<Map<String, String>> answers, ToIntFunction<Map<String, String>> work, double seconds) {
		var threads = ManagementFactory.getThreadMXBean();
		boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
		long budget = (long) (seconds * 1e9);
		long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
		long start = System.nanoTime();
		long elapsed;
		long operations = 0;
		long checksum = 0;
		int next = 0;
		int size = answers.size();
		do {
			for (int i = 0; i < 1024; i++) {
				checksum += work.applyAsInt(answers.get(next));
				next = next + 1 == size ? 0 : next + 1;
			}
			operations += 1024;
			elapsed = System.nanoTime() - start;
		}
		while (elapsed < budget);
		long cpu = cpuTime ? threads.getCurrentThreadCpuTime() - cpuStart : -1;
		sink += checksum;
		return new long[] { operations, elapsed, cpu };
	}

	static List<Map<String, String>> completeAnswers(Instrument instrument, int count, SplittableRandom random) {
		List<Map<String, String>> sets = new ArrayList<>(count);
		for (int s = 0; s < count; s++) {
			Map<String, String> answers = new LinkedHashMap<>();
			for (Indicator indicator : instrument.definition().indicators()) {
				for (Item item : indicator.items()) {
					List<Option> options = instrument.scaleOf(item).options();
					answers.put(item.id(), options.get(random.nextInt(options.size())).value());
				}
			}
			sets.add(answers);
		}
		return sets;
	}

	/** Bytes this thread has allocated so far, or -1 where the JVM does not say. */
	static long allocatedBytes() {
		var threads = ManagementFactory.getThreadMXBean();
		if (threads instanceof com.sun.management.ThreadMXBean hotspot && hotspot.isThreadAllocatedMemorySupported()) {
			return hotspot.getThreadAllocatedBytes(Thread.currentThread().getId());
		}
		return -1;
	}
}
