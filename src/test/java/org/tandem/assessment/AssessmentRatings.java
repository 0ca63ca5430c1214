package org.tandem.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Answers to every item of the shipped needs and strengths assessment, for tests. */
public final class AssessmentRatings {

	private AssessmentRatings() {
	}

	/** Each need item rated {@code need}, each strength item {@code strength}. */
	public static Map<String, String> every(String need, String strength) {
		Map<String, String> answers = new LinkedHashMap<>();
		try (InputStream in = AssessmentRatings.class
			.getResourceAsStream("/instruments/builtin/cse-needs-strengths-v1.yaml")) {
			String item = null;
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String trimmed = line.strip();
				if (trimmed.startsWith("- id: ")) {
					item = trimmed.substring(6).strip();
				}
				else if (item != null && trimmed.equals("scale: need-rating")) {
					answers.put(item, need);
				}
				else if (item != null && trimmed.equals("scale: strength-rating")) {
					answers.put(item, strength);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return answers;
	}

}
