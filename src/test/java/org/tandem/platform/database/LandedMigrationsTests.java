package org.tandem.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Migrations are append-only once they have landed: a county's database has already run
 * them, and Flyway refuses to start when a file it applied has changed. The committed
 * list {@code db/landed-migrations.sha256} holds every landed migration's SHA-256; a
 * change to one of them, or a removal, fails here. A new migration must come after every
 * landed one; when it lands, its line is added to the list.
 */
class LandedMigrationsTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path LANDED = Path.of("src/test/resources/db/landed-migrations.sha256");

	private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.+\\.sql$");

	@Test
	void landedMigrationsAreUnchanged() throws IOException {
		Map<String, String> landed = landed();
		assertThat(landed).as("the committed list of landed migrations").isNotEmpty();
		for (Map.Entry<String, String> entry : landed.entrySet()) {
			Path file = MIGRATIONS.resolve(entry.getKey());
			assertThat(file).as("landed migration %s was removed or renamed", entry.getKey()).exists();
			assertThat(sha256(file)).as("landed migration %s was edited: add a new migration instead", entry.getKey())
				.isEqualTo(entry.getValue());
		}
	}

	@Test
	void newMigrationsComeAfterEveryLandedOne() throws IOException {
		Map<String, String> landed = landed();
		int newestLanded = landed.keySet().stream().mapToInt(LandedMigrationsTests::version).max().orElse(0);
		for (String name : migrationFiles()) {
			if (!landed.containsKey(name)) {
				assertThat(version(name))
					.as("%s is not in the landed list, so it must be newer than V%d", name, newestLanded)
					.isGreaterThan(newestLanded);
			}
		}
	}

	private static Map<String, String> landed() throws IOException {
		Map<String, String> landed = new LinkedHashMap<>();
		for (String line : Files.readAllLines(LANDED)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] parts = line.trim().split("\\s+", 2);
				landed.put(parts[1], parts[0]);
			}
		}
		return landed;
	}

	private static List<String> migrationFiles() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql")).toList();
		}
	}

	private static int version(String name) {
		Matcher matcher = VERSION.matcher(name);
		assertThat(matcher.matches()).as("%s is named V<number>__<description>.sql", name).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
