package org.tandem.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
 * Instruments over JSON: what a county can use, each version's full definition, the
 * published schema, the administrator's import, and scoring without saving (for training
 * and checks).
 */
@RestController
class InstrumentApi {

	private final Instruments instruments;

	InstrumentApi(Instruments instruments) {
		this.instruments = instruments;
	}

	@GetMapping("/api/v1/instruments")
	List<InstrumentSummary> list() {
		return instruments.available();
	}

	@GetMapping("/api/v1/instruments/{id}/versions/{version}")
	InstrumentDefinition version(@PathVariable String id, @PathVariable int version) {
		return instruments.get(id, version).definition();
	}

	@GetMapping(value = "/api/v1/instruments/schema",
			produces = { "application/schema+json", MediaType.APPLICATION_JSON_VALUE })
	byte[] schema() throws IOException {
		try (InputStream in = new ClassPathResource(InstrumentLoader.SCHEMA).getInputStream()) {
			return in.readAllBytes();
		}
	}

	/** Imports a definition sent as the body (YAML or JSON). */
	@PostMapping(value = "/api/v1/instruments",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
					MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('COUNTY_ADMIN')")
	ResponseEntity<InstrumentDefinition> importBody(@RequestBody byte[] definition,
			@AuthenticationPrincipal CountyMember admin) {
		return created(instruments.importDefinition(definition, admin.userId()));
	}

	/** Imports a definition uploaded as a file (form field {@code file}). */
	@PostMapping(value = "/api/v1/instruments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('COUNTY_ADMIN')")
	ResponseEntity<InstrumentDefinition> importFile(@RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal CountyMember admin) throws IOException {
		return created(instruments.importDefinition(file.getBytes(), admin.userId()));
	}

	record ScoreRequest(@NotBlank String instrumentId, @NotNull Integer instrumentVersion,
			Map<String, String> answers) {
	}

	/** Scores answers without saving anything; every answer must fit the instrument. */
	@PostMapping("/api/v1/screenings/score")
	Score score(@Valid @RequestBody ScoreRequest request) {
		Instrument instrument = instruments.get(request.instrumentId(), request.instrumentVersion());
		Map<String, String> answers = request.answers() == null ? Map.of() : request.answers();
		instrument.requireValid(answers, false);
		return instrument.score(answers);
	}

	private static ResponseEntity<InstrumentDefinition> created(Instrument instrument) {
		return ResponseEntity
			.created(URI.create("/api/v1/instruments/" + instrument.id() + "/versions/" + instrument.version()))
			.body(instrument.definition());
	}

}
