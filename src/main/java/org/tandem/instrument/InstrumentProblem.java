package org.tandem.instrument;

/** One thing wrong with a definition, at a JSON path such as {@code $.indicators[2].items[0].scale}. */
public record InstrumentProblem(String field, String message) {
}
