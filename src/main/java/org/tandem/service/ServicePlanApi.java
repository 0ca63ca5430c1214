package org.tandem.service;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Service plans over JSON: the newest version, any version, a new one, suggestions. */
@RestController
class ServicePlanApi {

	private final ServicePlans plans;

	private final ServicePlanSuggestions suggestions;

	ServicePlanApi(ServicePlans plans, ServicePlanSuggestions suggestions) {
		this.plans = plans;
		this.suggestions = suggestions;
	}

	/**
	 * The plan's needs, whether the youth took part, and the version the writer started
	 * from (leave out for a first plan).
	 */
	record NewVersion(List<PlanNeedInput> needs, Boolean youthParticipated, Integer basedOnVersion) {
	}

	@PostMapping("/api/v1/youth/{youthId}/service-plans")
	ResponseEntity<ServicePlan> save(@PathVariable UUID youthId, @RequestBody NewVersion request) {
		ServicePlan plan = plans.save(youthId, request.needs(), request.youthParticipated(), request.basedOnVersion());
		return ResponseEntity.created(URI.create("/api/v1/youth/" + youthId + "/service-plans/" + plan.version()))
			.body(plan);
	}

	/** The newest version, or 404 (T9633) when the youth has no plan yet. */
	@GetMapping("/api/v1/youth/{youthId}/service-plan")
	ServicePlan current(@PathVariable UUID youthId) {
		return plans.current(youthId);
	}

	@GetMapping("/api/v1/youth/{youthId}/service-plans/{version}")
	ServicePlan version(@PathVariable UUID youthId, @PathVariable int version) {
		return plans.version(youthId, version);
	}

	/**
	 * The needs the newest needs and strengths assessment suggests, each naming its
	 * items.
	 */
	@GetMapping("/api/v1/youth/{youthId}/service-plan/suggestions")
	ServicePlanSuggestions.Suggestions suggestions(@PathVariable UUID youthId) {
		return suggestions.forYouth(youthId);
	}

}
