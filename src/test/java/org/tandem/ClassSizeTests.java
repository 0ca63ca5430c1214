package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No source file over 300 lines: a file that long does several jobs, and a newcomer reads
 * it in one sitting or not at all. Lines are counted as {@code wc -l} counts them, in the
 * project's layout (spring-javaformat).
 */
class ClassSizeTests {

	static final int MOST_LINES = 300;

	private static final Path SOURCES = Path.of("src/main/java");

	@Test
	void noSourceFileIsLongerThanThreeHundredLines() throws IOException {
		assertThat(tooLong(SOURCES))
			.as("files over %d lines in %s; split them by what each part does", MOST_LINES, SOURCES)
			.isEmpty();
	}

	@Test
	void aLongerFileIsListedWithItsLength(@TempDir Path sources) throws IOException {
		Path module = Files.createDirectories(sources.resolve("org/example"));
		Files.writeString(module.resolve("Long.java"), "x\n".repeat(MOST_LINES + 1));
		Files.writeString(module.resolve("Short.java"), "x\n".repeat(MOST_LINES));
		Files.writeString(module.resolve("notes.txt"), "x\n".repeat(MOST_LINES + 1));
		assertThat(tooLong(sources)).containsExactly("org/example/Long.java (301 lines)");
	}

	@Test
	void linesAreCountedAsWcCountsThem() {
		assertThat(count("")).isZero();
		assertThat(count("a\n")).isEqualTo(1);
		assertThat(count("a\nb")).isEqualTo(1);
		assertThat(count("a\n\nb\n")).isEqualTo(3);
	}

	/** The .java files below {@code sources} over the limit, each with its length. */
	static List<String> tooLong(Path sources) throws IOException {
		try (Stream<Path> files = Files.walk(sources)) {
			return files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> lines(file) > MOST_LINES)
				.map(file -> sources.relativize(file).toString().replace('\\', '/') + " (" + lines(file) + " lines)")
				.sorted()
				.toList();
		}
	}

	private static long lines(Path file) {
		try {
			return count(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Newlines, as {@code wc -l}: a last line without one is not counted. */
	static long count(String text) {
		return text.chars().filter(c -> c == '\n').count();
	}

}
