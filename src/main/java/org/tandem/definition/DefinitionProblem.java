package org.tandem.definition;

/**
 * One thing wrong with a definition file, at a JSON path such as
 * {@code $.indicators[2].items[0].scale}.
 */
public record DefinitionProblem(String field, String message) {
}
