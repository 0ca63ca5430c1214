package org.tandem.youth;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.Inputs;

/**
 * The youth registry over JSON. A create that looks like an existing youth answers 409
 * with the candidates; send {@code "confirmNotDuplicate": true} to create anyway.
 */
@RestController
@RequestMapping("/api/v1/youth")
class YouthApi {

	private static final int MAX_PAGE_SIZE = 100;

	private final YouthRegistry registry;

	YouthApi(YouthRegistry registry) {
		this.registry = registry;
	}

	@PostMapping
	ResponseEntity<Youth> create(@Valid @RequestBody YouthForm form) {
		Youth youth = registry.create(form);
		return ResponseEntity.created(URI.create("/api/v1/youth/" + youth.id())).body(youth);
	}

	@GetMapping("/{id}")
	Youth get(@PathVariable UUID id) {
		return registry.view(id);
	}

	@PutMapping("/{id}")
	Youth update(@PathVariable UUID id, @Valid @RequestBody YouthForm form) {
		return registry.update(id, form);
	}

	@GetMapping
	Page search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int pageSize) {
		Inputs.page(page, "page");
		Inputs.pageSize(pageSize, "pageSize", MAX_PAGE_SIZE);
		return new Page(registry.search(q, page, pageSize), page, pageSize);
	}

	record Page(List<YouthSummary> items, int page, int pageSize) {
	}

}
