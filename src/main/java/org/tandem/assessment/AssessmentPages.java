package org.tandem.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.county.Counties;
import org.tandem.response.ResponseSharing;
import org.tandem.screening.ScreeningService;
import org.tandem.sharing.Category;
import org.tandem.platform.YouthId;

/**
 * The assessment section of a youth's record: due or not, and the newest assessment by
 * any agency.
 */
@Controller
class AssessmentPages {

	private final AssessmentSchedule schedule;

	private final ScreeningService screenings;

	private final Counties counties;

	private final Clock clock;

	private final ResponseSharing sharing;

	AssessmentPages(AssessmentSchedule schedule, ScreeningService screenings, Counties counties, Clock clock,
			ResponseSharing sharing) {
		this.sharing = sharing;
		this.schedule = schedule;
		this.screenings = screenings;
		this.counties = counties;
		this.clock = clock;
	}

	@GetMapping("/youth/{youthId}/assessment")
	String section(@PathVariable UUID youthId, Model model) {
		return sharing.section(youthId, Category.ASSESSMENTS, "assessment.section.title", model, () -> {
			model.addAttribute("assessment", schedule.dueFor(YouthId.of(youthId)));
			model.addAttribute("instrument", AssessmentSchedule.INSTRUMENT);
			model.addAttribute("mayAssess", screenings.mayScreen());
			model.addAttribute("today", LocalDate.now(clock.withZone(counties.currentZone())));
			return "safety/assessment :: section";
		});
	}

}
