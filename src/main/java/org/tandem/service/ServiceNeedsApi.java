package org.tandem.service;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The holistic-needs taxonomy over JSON: no youth data, every county member reads it. */
@RestController
class ServiceNeedsApi {

	private final ServiceNeeds needs;

	ServiceNeedsApi(ServiceNeeds needs) {
		this.needs = needs;
	}

	@GetMapping("/api/v1/service-needs/current")
	ServiceNeeds.View current() {
		return needs.view();
	}

}
