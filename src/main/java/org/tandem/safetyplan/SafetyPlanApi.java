package org.tandem.safetyplan;

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
import org.tandem.platform.YouthId;

/** Safety plans over JSON, and the printable PDF for the caregiver. */
@RestController
class SafetyPlanApi {

	private final SafetyPlans plans;

	private final SafetyPlanPrinter printer;

	SafetyPlanApi(SafetyPlans plans, SafetyPlanPrinter printer) {
		this.plans = plans;
		this.printer = printer;
	}

	/**
	 * The plan's content, and the version the writer started from (leave out for a first
	 * plan).
	 */
	record NewVersion(List<String> risksToYouth, List<String> risksToFamily, List<String> risksToProviders,
			List<String> traumaTriggers, List<String> copingSkills, List<String> preventionSteps,
			List<RunawayStep> ifYouthRuns, String safeTransportation, String youthWords, Boolean youthParticipated,
			String whyNotParticipated, UUID meetingId, Integer basedOnVersion) {

		SafetyPlanContent content() {
			return new SafetyPlanContent(risksToYouth, risksToFamily, risksToProviders, traumaTriggers, copingSkills,
					preventionSteps, ifYouthRuns, safeTransportation, youthWords, youthParticipated, whyNotParticipated,
					meetingId);
		}
	}

	@PostMapping("/api/v1/youth/{youthId}/safety-plans")
	ResponseEntity<SafetyPlan> save(@PathVariable UUID youthId, @RequestBody NewVersion request) {
		SafetyPlan plan = plans.save(YouthId.of(youthId), request.content(), request.basedOnVersion());
		return ResponseEntity.created(URI.create("/api/v1/youth/" + youthId + "/safety-plans/" + plan.version()))
			.body(plan);
	}

	/** The versions, newest first. */
	@GetMapping("/api/v1/youth/{youthId}/safety-plans")
	List<SafetyPlan.Summary> versions(@PathVariable UUID youthId) {
		return plans.versions(YouthId.of(youthId)).stream().map(SafetyPlan::summary).toList();
	}

	@GetMapping("/api/v1/youth/{youthId}/safety-plans/{version}")
	SafetyPlan version(@PathVariable UUID youthId, @PathVariable int version) {
		return plans.version(YouthId.of(youthId), version);
	}

	/**
	 * The version as a PDF for the caregiver: {@code lang=en} (default) or {@code es}.
	 */
	@GetMapping("/api/v1/youth/{youthId}/safety-plans/{version}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID youthId, @PathVariable int version,
			@RequestParam(defaultValue = "en") String lang) {
		return printer.download(youthId, version, lang);
	}

}
