package org.tandem.outcome;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A youth's outcomes over JSON: observations, series with change and trend, stages of
 * change and harm-reduction notes.
 */
@RestController
class OutcomeApi {

	private final Outcomes outcomes;

	private final Stages stages;

	private final HarmReduction harmReduction;

	OutcomeApi(Outcomes outcomes, Stages stages, HarmReduction harmReduction) {
		this.outcomes = outcomes;
		this.stages = stages;
		this.harmReduction = harmReduction;
	}

	@PostMapping("/api/v1/youth/{youthId}/outcome-observations")
	ResponseEntity<Observation> observe(@PathVariable UUID youthId, @RequestBody Outcomes.NewObservation request) {
		Observation observation = outcomes.record(youthId, request);
		return ResponseEntity
			.created(URI.create("/api/v1/youth/" + youthId + "/outcomes?measureId=" + observation.measureId()))
			.body(observation);
	}

	/** One measure's values with their changes and trend. */
	@GetMapping("/api/v1/youth/{youthId}/outcomes")
	OutcomeSeries outcomes(@PathVariable UUID youthId, @RequestParam(required = false) String measureId) {
		return outcomes.series(youthId, measureId);
	}

	@PostMapping("/api/v1/youth/{youthId}/stages")
	ResponseEntity<StageOfChange> stage(@PathVariable UUID youthId, @RequestBody Stages.NewStage request) {
		return ResponseEntity.created(URI.create("/api/v1/youth/" + youthId + "/stages"))
			.body(stages.record(youthId, request));
	}

	/** Every assessment, by concern and day: the history is kept. */
	@GetMapping("/api/v1/youth/{youthId}/stages")
	List<StageOfChange> stages(@PathVariable UUID youthId) {
		return stages.history(youthId);
	}

	@PostMapping("/api/v1/youth/{youthId}/harm-reduction")
	ResponseEntity<HarmReductionNote> harmReduction(@PathVariable UUID youthId,
			@RequestBody HarmReduction.NewNote request) {
		return ResponseEntity.created(URI.create("/api/v1/youth/" + youthId + "/harm-reduction"))
			.body(harmReduction.note(youthId, request));
	}

	@GetMapping("/api/v1/youth/{youthId}/harm-reduction")
	List<HarmReductionNote> harmReductionNotes(@PathVariable UUID youthId) {
		return harmReduction.notes(youthId);
	}

}
