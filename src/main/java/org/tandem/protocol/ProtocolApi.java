package org.tandem.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.platform.CountyMember;

/**
 * The county's protocol versions over JSON: every signed-in user may read them (which is
 * current, each version in full, the schema); only a county administrator imports a new
 * version.
 */
@RestController
class ProtocolApi {

	private final ProtocolCatalogue protocols;

	ProtocolApi(ProtocolCatalogue protocols) {
		this.protocols = protocols;
	}

	record Versions(ProtocolVersion current, List<ProtocolVersion> versions) {
	}

	@GetMapping("/api/v1/protocols")
	Versions list() {
		List<ProtocolVersion> versions = protocols.versions();
		return new Versions(versions.stream().filter(ProtocolVersion::current).findFirst().orElse(null), versions);
	}

	@GetMapping("/api/v1/protocols/current")
	Protocol current() {
		return protocols.current();
	}

	@GetMapping(value = "/api/v1/protocols/schema",
			produces = { "application/schema+json", MediaType.APPLICATION_JSON_VALUE })
	byte[] schema() throws IOException {
		try (InputStream in = new ClassPathResource(ProtocolLoader.SCHEMA).getInputStream()) {
			return in.readAllBytes();
		}
	}

	@GetMapping("/api/v1/protocols/{id}/{version}")
	Protocol version(@PathVariable String id, @PathVariable int version) {
		return protocols.version(id, version);
	}

	/**
	 * Imports a version sent as the body (YAML or JSON); it becomes the county's current
	 * protocol.
	 */
	@PostMapping(value = "/api/v1/protocols",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
					MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('COUNTY_ADMIN')")
	ResponseEntity<Protocol> importBody(@RequestBody byte[] definition, @AuthenticationPrincipal CountyMember admin) {
		return created(protocols.importDefinition(definition, admin.userId()));
	}

	/** Imports a version uploaded as a file (form field {@code file}). */
	@PostMapping(value = "/api/v1/protocols", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('COUNTY_ADMIN')")
	ResponseEntity<Protocol> importFile(@RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal CountyMember admin) throws IOException {
		return created(protocols.importDefinition(file.getBytes(), admin.userId()));
	}

	private static ResponseEntity<Protocol> created(Protocol protocol) {
		return ResponseEntity.created(URI.create("/api/v1/protocols/" + protocol.id() + "/" + protocol.version()))
			.body(protocol);
	}

}
