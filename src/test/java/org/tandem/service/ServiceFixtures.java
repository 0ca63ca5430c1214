package org.tandem.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the service tests need of other modules: an assessment's ratings. */
public final class ServiceFixtures {

	private ServiceFixtures() {
	}

	/** Every item of the shipped assessment: needs "no evidence", strengths "useful". */
	public static Map<String, String> ratings() {
		Map<String, String> answers = new LinkedHashMap<>();
		try (InputStream in = ServiceFixtures.class
			.getResourceAsStream("/instruments/builtin/cse-needs-strengths-v1.yaml")) {
			String item = null;
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String trimmed = line.strip();
				if (trimmed.startsWith("- id: ")) {
					item = trimmed.substring(6).strip();
				}
				else if (item != null && trimmed.equals("scale: need-rating")) {
					answers.put(item, "NO_EVIDENCE");
				}
				else if (item != null && trimmed.equals("scale: strength-rating")) {
					answers.put(item, "USEFUL");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return answers;
	}

}
