package org.tandem.outcome;

import java.util.List;
import java.util.Optional;

import org.tandem.definition.Versioned;

/**
 * A county's outcome framework: the measures of the 13 domains, as a versioned definition
 * that never changes once stored (an observation names the version it was recorded
 * under).
 */
public record OutcomeFramework(String id, int version, Words title, String source,
		List<Measure> measures) implements Versioned {

	public OutcomeFramework {
		measures = List.copyOf(measures);
	}

	public Optional<Measure> measure(String measureId) {
		return measures.stream().filter(measure -> measure.id().equals(measureId)).findFirst();
	}

	public List<Measure> of(Domain domain) {
		return measures.stream().filter(measure -> measure.domain() == domain).toList();
	}

}
