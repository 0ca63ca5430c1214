package org.tandem.status;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.status.StatusService.Closing;
import org.tandem.status.StatusService.NewDetermination;
import org.tandem.status.StatusService.NewIncident;
import org.tandem.status.StatusValues.State;
import org.tandem.platform.YouthId;

/**
 * Determinations and incidents over JSON; enum values in upper snake case, lower case
 * accepted.
 */
@RestController
class StatusApi {

	private final StatusService status;

	private final Timeline timeline;

	StatusApi(StatusService status, Timeline timeline) {
		this.status = status;
		this.timeline = timeline;
	}

	/**
	 * The youth's history, newest first; determinations and incidents only for the
	 * youth's team.
	 */
	@GetMapping("/api/v1/youth/{youthId}/timeline")
	List<Timeline.Entry> timeline(@PathVariable UUID youthId) {
		return timeline.of(YouthId.of(youthId));
	}

	@PostMapping("/api/v1/youth/{youthId}/determinations")
	ResponseEntity<Determination> determine(@PathVariable UUID youthId, @RequestBody NewDetermination request) {
		Determination recorded = status.record(youthId, request);
		return ResponseEntity.created(URI.create("/api/v1/determinations/" + recorded.id())).body(recorded);
	}

	@GetMapping("/api/v1/youth/{youthId}/determinations")
	List<Determination> determinations(@PathVariable UUID youthId) {
		return status.determinations(youthId);
	}

	/**
	 * Marks a concern as past: resolved on {@code closedOn}, last known to occur on
	 * {@code lastKnownOn}.
	 */
	@PostMapping("/api/v1/determinations/{id}/resolve")
	Determination resolve(@PathVariable UUID id, @RequestBody(required = false) Closing closing) {
		return status.close(id, State.RESOLVED, closing == null ? new Closing(null, null, null) : closing);
	}

	@PostMapping("/api/v1/determinations/{id}/rule-out")
	Determination ruleOut(@PathVariable UUID id, @RequestBody(required = false) Closing closing) {
		return status.close(id, State.RULED_OUT, closing == null ? new Closing(null, null, null) : closing);
	}

	@PostMapping("/api/v1/youth/{youthId}/incidents")
	ResponseEntity<Incident> incident(@PathVariable UUID youthId, @RequestBody NewIncident request) {
		Incident recorded = status.recordIncident(youthId, request);
		return ResponseEntity.created(URI.create("/api/v1/youth/" + youthId + "/incidents/" + recorded.id()))
			.body(recorded);
	}

	@GetMapping("/api/v1/youth/{youthId}/incidents")
	List<Incident> incidents(@PathVariable UUID youthId) {
		return status.incidents(youthId);
	}

}
