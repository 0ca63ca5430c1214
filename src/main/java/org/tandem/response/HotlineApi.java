package org.tandem.response;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hotline reports (which start responses) and the immediate crisis engagement record,
 * over JSON.
 */
@RestController
class HotlineApi {

	private final HotlineReports reports;

	private final Engagements engagements;

	private final Responses responses;

	HotlineApi(HotlineReports reports, Engagements engagements, Responses responses) {
		this.reports = reports;
		this.engagements = engagements;
		this.responses = responses;
	}

	/** The report with the response it started and that response's clocks. */
	record Recorded(HotlineReport report, TeamResponse response) {
	}

	@PostMapping("/api/v1/hotline-reports")
	ResponseEntity<Recorded> record(@RequestBody HotlineReport.Form form) {
		HotlineReport report = reports.record(form);
		return ResponseEntity.created(URI.create("/api/v1/hotline-reports/" + report.id()))
			.body(new Recorded(report, responses.get(report.responseId())));
	}

	@GetMapping("/api/v1/hotline-reports/{id}")
	HotlineReport get(@PathVariable UUID id) {
		return reports.get(id);
	}

	@GetMapping("/api/v1/responses/{id}/engagement")
	Engagement engagement(@PathVariable UUID id) {
		return engagements.get(id);
	}

	/**
	 * Saves the whole record; send back the {@code version} you read (0 the first time).
	 */
	@PutMapping("/api/v1/responses/{id}/engagement")
	Engagement save(@PathVariable UUID id, @RequestBody Engagement.Form form) {
		return engagements.save(id, form);
	}

}
