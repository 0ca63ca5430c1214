package org.tandem.assessment;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.Inputs;
import org.tandem.platform.YouthId;

/** The needs and strengths assessment schedule over JSON. */
@RestController
class AssessmentApi {

	private final AssessmentSchedule schedule;

	AssessmentApi(AssessmentSchedule schedule) {
		this.schedule = schedule;
	}

	/**
	 * Whether the youth is due, why and since when, and the newest assessment by any
	 * agency.
	 */
	@GetMapping("/api/v1/youth/{youthId}/assessment")
	AssessmentStatus forYouth(@PathVariable UUID youthId) {
		return schedule.dueFor(YouthId.of(youthId));
	}

	/**
	 * Youth due now or within 30 days: {@code scope=AGENCY} (default) or {@code COUNTY}.
	 */
	@GetMapping("/api/v1/assessments/due")
	List<AssessmentStatus> due(@RequestParam(required = false) String scope,
			@RequestParam(defaultValue = "200") int limit) {
		return schedule.due(scope, Inputs.pageSize(limit, "limit", 1000));
	}

}
