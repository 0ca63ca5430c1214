package org.tandem.outcome;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.CountyMember;

/**
 * The county's outcome framework over JSON: the one in use, its published schema, and the
 * administrator's import of a new version (YAML or JSON).
 */
@RestController
class OutcomeFrameworkApi {

	private final OutcomeFrameworks frameworks;

	OutcomeFrameworkApi(OutcomeFrameworks frameworks) {
		this.frameworks = frameworks;
	}

	@GetMapping("/api/v1/outcome-frameworks/current")
	OutcomeFramework current() {
		return frameworks.current();
	}

	@GetMapping(value = "/api/v1/outcome-frameworks/schema",
			produces = { "application/schema+json", MediaType.APPLICATION_JSON_VALUE })
	byte[] schema() throws IOException {
		try (InputStream in = new ClassPathResource(FrameworkLoader.SCHEMA).getInputStream()) {
			return in.readAllBytes();
		}
	}

	@PostMapping(value = "/api/v1/outcome-frameworks",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
					MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('COUNTY_ADMIN')")
	ResponseEntity<OutcomeFramework> importFramework(@RequestBody byte[] definition,
			@AuthenticationPrincipal CountyMember admin) {
		OutcomeFramework framework = frameworks.importFramework(definition, admin.userId());
		return ResponseEntity.created(URI.create("/api/v1/outcome-frameworks/current")).body(framework);
	}

}
