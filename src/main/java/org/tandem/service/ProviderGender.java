package org.tandem.service;

/**
 * The genders of the youth a provider serves; non-binary and transgender youth are named,
 * so a worker can find who serves them.
 */
public enum ProviderGender {

	FEMALE, MALE, NON_BINARY, TRANSGENDER

}
