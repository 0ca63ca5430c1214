package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each module owns its tables: no module's SQL names a table that another module owns,
 * and what one module reads of another's data goes through the owner's API or a read
 * model it publishes (a view marked "published" in {@code modules/table-owners.txt}). The
 * module check cannot see SQL, so this scans the string literals and text blocks of each
 * module's main sources for the names that follow {@code from}, {@code join},
 * {@code into}, {@code update} and {@code table}.
 */
class TableOwnershipTests {

	private static final Path SOURCES = Path.of("src/main/java/org/tandem");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path OWNERS = Path.of("src/test/resources/modules/table-owners.txt");

	private static final Pattern CREATED = Pattern.compile(
			"(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern DROPPED = Pattern
		.compile("(?i)\\bdrop\\s+(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	/**
	 * Text blocks first, then ordinary string literals (a text block's quotes would look
	 * like two).
	 */
	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\\n])*)\"",
			Pattern.DOTALL);

	/**
	 * Character literals, dropped before the scan: {@code '"'} would look like the start
	 * of a string.
	 */
	private static final Pattern CHARACTER = Pattern.compile("'(?:\\\\.|[^'\\\\\\n])'");

	/**
	 * A name after a keyword; one followed directly by "(" is a function such as
	 * unnest(...).
	 */
	private static final Pattern NAMED = Pattern
		.compile("(?i)\\b(from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)(?!\\w|\\()");

	record Owner(String module, boolean published) {
	}

	record Use(String module, String file, String verb, String table) {

		boolean writes() {
			return !verb.equals("from") && !verb.equals("join");
		}

		@Override
		public String toString() {
			return module + ": " + file + " " + verb + " " + table;
		}
	}

	@Test
	void everyTableAndViewOfTheMigrationsHasAnOwningModule() throws IOException {
		Map<String, Owner> owners = owners();
		Set<String> modules = new TreeSet<>();
		ApplicationModules.of(TandemApplication.class).forEach(m -> modules.add(m.getIdentifier().toString()));

		assertThat(created()).as("tables and views of the migrations without an owner in " + OWNERS)
			.isSubsetOf(owners.keySet());
		assertThat(owners.keySet()).as("listed in " + OWNERS + " but not created by any migration")
			.isSubsetOf(created());
		assertThat(owners.values().stream().map(Owner::module).distinct()).as("owners that are not modules")
			.isSubsetOf(modules);
	}

	@Test
	void noModulesSqlNamesATableAnotherModuleOwns() throws IOException {
		Map<String, Owner> owners = owners();
		List<Use> foreign = new ArrayList<>();
		List<Use> uses = uses();
		for (Use use : uses) {
			Owner owner = owners.get(use.table());
			if (owner != null && !owner.module().equals(use.module()) && (!owner.published() || use.writes())) {
				foreign.add(use);
			}
		}
		assertThat(uses).as("the scan finds SQL at all").anyMatch(use -> use.table().equals("youth"));
		assertThat(foreign)
			.as("SQL naming another module's table (read it through the owner's API or a read model"
					+ " it publishes, listed in " + OWNERS + ")")
			.isEmpty();
	}

	private static Map<String, Owner> owners() throws IOException {
		Map<String, Owner> owners = new TreeMap<>();
		for (String line : Files.readAllLines(OWNERS)) {
			String content = line.replaceFirst("#.*", "").strip();
			if (content.isEmpty()) {
				continue;
			}
			String[] fields = content.split("\\s+");
			assertThat(fields.length).as(line).isBetween(2, 3);
			assertThat(fields.length == 2 || fields[2].equals("published")).as(line).isTrue();
			assertThat(owners.put(fields[0], new Owner(fields[1], fields.length == 3))).as("listed twice: " + line)
				.isNull();
		}
		return owners;
	}

	private static Set<String> created() throws IOException {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql"))
				.sorted(TableOwnershipTests::byVersion)
				.toList()) {
				String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
				Matcher created = CREATED.matcher(sql);
				while (created.find()) {
					names.add(created.group(1).toLowerCase(Locale.ROOT));
				}
				Matcher dropped = DROPPED.matcher(sql);
				while (dropped.find()) {
					names.remove(dropped.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		return names;
	}

	private static int byVersion(Path a, Path b) {
		return Integer.compare(version(a), version(b));
	}

	private static int version(Path migration) {
		return Integer.parseInt(migration.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1"));
	}

	/**
	 * Every table-like name in the SQL of each module's main sources (classes under a
	 * module's package).
	 */
	private static List<Use> uses() throws IOException {
		List<Use> uses = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue; // the application class belongs to no module
				}
				String module = relative.getName(0).toString();
				Matcher string = STRING.matcher(CHARACTER.matcher(Files.readString(file)).replaceAll("' '"));
				while (string.find()) {
					String text = string.group(1) != null ? string.group(1) : string.group(2);
					Matcher named = NAMED.matcher(text);
					while (named.find()) {
						uses.add(new Use(module, relative.toString(), named.group(1).toLowerCase(Locale.ROOT),
								named.group(2).toLowerCase(Locale.ROOT)));
					}
				}
			}
		}
		return uses;
	}

}
