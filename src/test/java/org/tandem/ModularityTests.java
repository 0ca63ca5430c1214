package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries of the architecture hold: no cycles, no reaching into another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theExpectedModulesExist() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("audit", "county", "youth", "platform", "demo");
	}
}
