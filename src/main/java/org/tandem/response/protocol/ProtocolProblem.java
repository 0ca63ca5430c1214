package org.tandem.response.protocol;

/** One thing wrong with a protocol, at a JSON path such as {@code $.tiers[1].clocks[0].name}. */
record ProtocolProblem(String field, String message) {
}
