package org.tandem.instrument;

import java.util.List;

import org.tandem.instrument.InstrumentDefinition.Form;
import org.tandem.instrument.InstrumentDefinition.Kind;

/**
 * An instrument with all the versions a county can use; title and form are the latest
 * version's.
 */
public record InstrumentSummary(String id, List<Integer> versions, int latestVersion, Text title, Kind kind, Form form,
		boolean validated, boolean builtIn, List<String> intendedRoles, List<String> defaultForRoles) {
}
