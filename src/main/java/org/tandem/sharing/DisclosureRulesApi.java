package org.tandem.sharing;

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
 * The county's disclosure rules: the version in force, its schema, and the
 * administrator's import.
 */
@RestController
class DisclosureRulesApi {

	private final DisclosureRulesCatalogue catalogue;

	DisclosureRulesApi(DisclosureRulesCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * The rules in force, compiled, with {@code text}: the file as imported (or shipped).
	 */
	record Current(String id, int version, String title, String origin, Object aggregateOnlyRoles, Object policies,
			String text) {
	}

	@GetMapping("/api/v1/disclosure-rules/current")
	Current current() {
		DisclosureRules rules = catalogue.current();
		return new Current(rules.id(), rules.version(), rules.title(), rules.origin(), rules.aggregateOnlyRoles(),
				rules.policies(), catalogue.currentText());
	}

	@GetMapping(value = "/api/v1/disclosure-rules/schema",
			produces = { "application/schema+json", MediaType.APPLICATION_JSON_VALUE })
	byte[] schema() throws IOException {
		try (InputStream in = new ClassPathResource(DisclosureRulesLoader.SCHEMA).getInputStream()) {
			return in.readAllBytes();
		}
	}

	/**
	 * Imports a new version (YAML or JSON body); it must be valid and numbered above the
	 * county's newest.
	 */
	@PostMapping(value = "/api/v1/disclosure-rules",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
					MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('COUNTY_ADMIN')")
	ResponseEntity<Current> importRules(@RequestBody byte[] definition, @AuthenticationPrincipal CountyMember admin) {
		DisclosureRules rules = catalogue.importRules(definition, admin.userId());
		return ResponseEntity.created(URI.create("/api/v1/disclosure-rules/current"))
			.body(new Current(rules.id(), rules.version(), rules.title(), rules.origin(), rules.aggregateOnlyRoles(),
					rules.policies(), new String(definition, java.nio.charset.StandardCharsets.UTF_8)));
	}

}
