package org.tandem.sharing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action any module writes to the audit log is in the accounting catalogue: a scan
 * of the sources finds each {@code audit.record(...)}, {@code recordAll(...)} and
 * {@code seen(...)} call and resolves its first argument (a string literal, a constant of
 * the same class, or {@code Class.CONSTANT}). A new action without a catalogue entry, or
 * one passed in a way the scan cannot resolve, fails here.
 */
class AuditActionsCatalogueTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern CALL = Pattern
		.compile("\\b\\w*[aA]udit\\w*\\s*\\.\\s*(?:record(?:All)?|seen)\\s*\\(\\s*([^,()]+?)\\s*,");

	private static final Pattern DECLARATION = Pattern.compile("static\\s+final\\s+String\\s+([^;]+);", Pattern.DOTALL);

	private static final Pattern CONSTANT = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

	@Test
	void everyAuditedActionIsInTheCatalogue() throws IOException {
		Map<String, Map<String, String>> constantsByClass = new HashMap<>();
		Map<Path, String> texts = new HashMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				texts.put(file, text);
				Map<String, String> constants = new HashMap<>();
				Matcher declaration = DECLARATION.matcher(text);
				while (declaration.find()) {
					Matcher constant = CONSTANT.matcher(declaration.group(1));
					while (constant.find()) {
						constants.put(constant.group(1), constant.group(2));
					}
				}
				constantsByClass.put(file.getFileName().toString().replace(".java", ""), constants);
			}
		}
		TreeSet<String> actions = new TreeSet<>();
		List<String> unresolved = new ArrayList<>();
		texts.forEach((file, text) -> {
			if (file.endsWith(Path.of("audit", "AuditLog.java"))) {
				return;
			}
			String own = file.getFileName().toString().replace(".java", "");
			Matcher call = CALL.matcher(text);
			while (call.find()) {
				String argument = call.group(1).strip();
				String action = resolve(argument, own, constantsByClass);
				if (action == null) {
					unresolved.add(file + ": " + argument);
				}
				else {
					actions.add(action);
				}
			}
		});
		assertThat(actions).as("the scan finds the audited actions")
			.contains("YOUTH_VIEWED", "STATUS_VIEWED", "BREAK_GLASS", "CONSENT_RECORDED");
		assertThat(unresolved).as("audit calls whose action is not a string constant the scan can resolve").isEmpty();
		assertThat(actions.stream().filter(action -> !AuditActions.knows(action)).toList())
			.as("audited actions missing from org.tandem.sharing.AuditActions (add each with its categories)")
			.isEmpty();
	}

	/**
	 * The administrator's audit page names each action in words, in both languages, never
	 * as a missing key.
	 */
	@Test
	void everyActionIsNamedInBothLanguages() throws IOException {
		for (boolean spanish : List.of(false, true)) {
			java.util.Properties texts = new java.util.Properties();
			try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
				for (Path file : files
					.filter(f -> f.getFileName().toString().matches("messages(-[a-z]+)?(_es)?\\.properties"))
					.filter(f -> f.getFileName().toString().endsWith("_es.properties") == spanish)
					.toList()) {
					try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
						texts.load(reader);
					}
				}
			}
			assertThat(AuditActions.actions()
				.stream()
				.filter(action -> !texts.containsKey("audit.action." + action))
				.sorted()).as(spanish ? "Spanish" : "English").isEmpty();
		}
	}

	private static String resolve(String argument, String own, Map<String, Map<String, String>> constantsByClass) {
		if (argument.startsWith("\"") && argument.endsWith("\"")) {
			return argument.substring(1, argument.length() - 1);
		}
		int dot = argument.lastIndexOf('.');
		if (dot > 0) {
			String type = argument.substring(0, dot);
			type = type.substring(type.lastIndexOf('.') + 1);
			return constantsByClass.getOrDefault(type, Map.of()).get(argument.substring(dot + 1));
		}
		return constantsByClass.getOrDefault(own, Map.of()).get(argument);
	}

}
