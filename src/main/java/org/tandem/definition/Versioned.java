package org.tandem.definition;

/**
 * A definition names itself: an id and a version that, once stored, always mean the same
 * content.
 */
public interface Versioned {

	String id();

	int version();

}
