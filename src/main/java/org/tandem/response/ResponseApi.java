package org.tandem.response;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.Inputs;

/** Team responses and their clocks over JSON. */
@RestController
class ResponseApi {

	private final Responses responses;

	private final OpenClocks clocks;

	private final ResponseClosing closing;

	private final OpenCrises crises;

	ResponseApi(Responses responses, OpenClocks clocks, ResponseClosing closing, OpenCrises crises) {
		this.clocks = clocks;
		this.responses = responses;
		this.closing = closing;
		this.crises = crises;
	}

	record Close(String reason) {
	}

	/**
	 * {@code confirmSecondCrisis}: true to start an immediate crisis although one is open
	 * for the youth.
	 */
	record Start(String tier, OffsetDateTime identifiedAt, String jurisdiction, Boolean confirmSecondCrisis) {
	}

	record Met(OffsetDateTime metAt, String breachReason) {
	}

	/**
	 * Starts a response: IMMEDIATE_CRISIS or INITIAL_MDT (or ONGOING_MDT); answers with
	 * its clocks.
	 */
	@PostMapping("/api/v1/youth/{youthId}/responses")
	ResponseEntity<TeamResponse> start(@PathVariable UUID youthId, @RequestBody Start start) {
		crises.refuseSecond(youthId, start.tier(), start.confirmSecondCrisis());
		TeamResponse response = responses.start(youthId, start.tier(), start.identifiedAt(), start.jurisdiction());
		return ResponseEntity.created(URI.create("/api/v1/responses/" + response.id())).body(response);
	}

	@GetMapping("/api/v1/responses/{id}")
	TeamResponse get(@PathVariable UUID id) {
		return responses.view(id);
	}

	@PostMapping("/api/v1/responses/{id}/clocks/{name}/met")
	TeamResponse met(@PathVariable UUID id, @PathVariable String name, @RequestBody(required = false) Met met) {
		return responses.meet(id, name, met == null ? null : met.metAt(), met == null ? null : met.breachReason());
	}

	/**
	 * Closes a response whose clocks are met (its lead agency or a supervisor, with a
	 * reason).
	 */
	@PostMapping("/api/v1/responses/{id}/close")
	TeamResponse close(@PathVariable UUID id, @RequestBody(required = false) Close close) {
		return closing.close(id, close == null ? null : close.reason());
	}

	/**
	 * Open clocks: {@code state=overdue|amber|running} (default all open), optionally of
	 * one agency.
	 */
	@GetMapping("/api/v1/clocks")
	List<TeamResponse.ClockView> clocks(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) String state, @RequestParam(defaultValue = "500") int limit) {
		return clocks.openClocks(agencyId, state, Inputs.pageSize(limit, "limit", 10_000));
	}

}
