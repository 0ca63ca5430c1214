package org.tandem.response.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tandem.platform.TandemException;

/**
 * The protocols Tandem knows. For now only the model protocol shipped with Tandem
 * ({@value #SHIPPED}), loaded once at startup: a shipped file that is invalid stops the application
 * from starting, with every problem listed.
 *
 * <p>Kept small on purpose: counties' own versions (stored, imported through
 * {@link ProtocolLoader}, one version never replaced) and choosing a county's current protocol are
 * to be added here by the response module.
 */
@Component
public class ProtocolCatalogue {

	static final String SHIPPED = "protocols/model-protocol.yaml";

	private final Protocol shipped;

	ProtocolCatalogue() {
		this.shipped = loadShipped(SHIPPED, read(SHIPPED));
	}

	/** The model protocol shipped with Tandem. */
	public Protocol shipped() {
		return shipped;
	}

	/** Loads a protocol that is part of Tandem; an invalid one is a bug in the release. */
	static Protocol loadShipped(String name, byte[] definition) {
		try {
			return ProtocolLoader.load(definition);
		}
		catch (TandemException ex) {
			StringBuilder problems = new StringBuilder();
			ex.fieldErrors()
				.forEach(error -> problems.append(System.lineSeparator())
					.append("  ")
					.append(error.field())
					.append(": ")
					.append(error.args().length == 0 ? "" : error.args()[0]));
			throw new IllegalStateException("The shipped protocol " + name + " is invalid:" + problems, ex);
		}
	}

	private static byte[] read(String name) {
		try {
			return new ClassPathResource(name).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The shipped protocol " + name + " is part of Tandem", ex);
		}
	}
}
