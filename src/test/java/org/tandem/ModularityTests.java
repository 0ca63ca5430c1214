package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries of the architecture hold: no cycles, no reaching into another
 * module's internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Every module by name: a new one is added here on purpose, and a package cannot
	 * become one by accident.
	 */
	@Test
	void theExpectedModulesExist() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"platform", "definition", "county", "service", "youth", "audit", "instrument", "screening", "status",
				"sharing", "notification", "protocol", "response", "task", "meeting", "safetyplan", "assessment",
				"evidence", "outcome", "report", "demo", "shell");
	}

}
