package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every code of the catalogue has its title and its message in English and in Spanish.
 */
class ErrorCatalogueTests {

	@Test
	void everyCodeSpeaksBothLanguages() throws IOException {
		Properties english = bundle(false);
		Properties spanish = bundle(true);
		List<String> missing = new ArrayList<>();
		for (ErrorCode code : ErrorCode.values()) {
			for (String key : List.of(code.messageKey(), "error.title." + code.code())) {
				if (!english.containsKey(key)) {
					missing.add(key + " (en)");
				}
				if (!spanish.containsKey(key)) {
					missing.add(key + " (es)");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Properties bundle(boolean spanish) throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path file : files
				.filter(f -> f.getFileName().toString().matches("messages(-[a-z]+)?(_es)?\\.properties"))
				.filter(f -> f.getFileName().toString().endsWith("_es.properties") == spanish)
				.toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					all.load(reader);
				}
			}
		}
		return all;
	}

}
