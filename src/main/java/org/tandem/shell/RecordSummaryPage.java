package org.tandem.shell;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.county.Counties;
import org.tandem.sharing.Category;
import org.tandem.sharing.Denials;
import org.tandem.youth.YouthRegistry;

/**
 * The summary at the top of a youth's record (loaded into the record page like its
 * sections).
 */
@Controller
class RecordSummaryPage {

	private final RecordSummary summaries;

	private final YouthRegistry youth;

	private final Denials denials;

	private final Counties counties;

	RecordSummaryPage(RecordSummary summaries, YouthRegistry youth, Denials denials, Counties counties) {
		this.summaries = summaries;
		this.youth = youth;
		this.denials = denials;
		this.counties = counties;
	}

	@GetMapping("/youth/{youthId}/summary")
	String summary(@PathVariable UUID youthId, Model model) {
		youth.requireExists(youthId);
		model.addAttribute("youthId", youthId);
		String denied = denials.section(youthId, Category.IDENTITY, "summary.title", model);
		if (denied != null) {
			return denied;
		}
		model.addAttribute("summary", summaries.of(youthId));
		model.addAttribute("zone", counties.currentZone());
		return "youth/summary :: summary";
	}

}
