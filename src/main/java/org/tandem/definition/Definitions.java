package org.tandem.definition;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one catalogue of versioned definitions. Each kind registers once, at start-up, and
 * gets its {@link DefinitionCatalogue}; registering reads the kind's shipped files, so an
 * invalid one stops the application with every problem listed.
 */
@Service
public class Definitions {

	private final DefinitionRows rows;

	private final Map<String, DefinitionCatalogue<?>> catalogues = new ConcurrentHashMap<>();

	Definitions(JdbcClient jdbc) {
		this.rows = new DefinitionRows(jdbc);
	}

	/**
	 * The kind's catalogue; a second kind under a name already registered would share its
	 * rows, so it is refused.
	 */
	public <T extends Versioned> DefinitionCatalogue<T> register(DefinitionKind<T> kind) {
		DefinitionCatalogue<T> catalogue = new DefinitionCatalogue<>(kind, rows);
		if (catalogues.putIfAbsent(kind.name(), catalogue) != null) {
			throw new IllegalStateException("The " + kind + " is registered twice");
		}
		return catalogue;
	}

	/** The names of the registered kinds. */
	public Set<String> kinds() {
		return new TreeSet<>(catalogues.keySet());
	}

}
