package org.tandem.response;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.county.Agencies;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Tenancy;

/** The supervisors' board: every open clock of their agency or county, amber before and red after its deadline. */
@Controller
class ClockBoardPage {

	private final Responses responses;
	private final Agencies agencies;
	private final Clock clock;

	ClockBoardPage(Responses responses, Agencies agencies, Clock clock) {
		this.responses = responses;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping("/clocks")
	String board(@RequestParam(defaultValue = "agency") String scope, Model model) {
		UUID agency = "county".equals(scope) ? null : Tenancy.currentMember().map(CountyMember::agencyId).orElse(null);
		model.addAttribute("clocks", responses.openClocks(agency, null, 2000));
		model.addAttribute("scope", "county".equals(scope) ? "county" : "agency");
		model.addAttribute("agencies", agencies.findAll());
		model.addAttribute("now", clock.instant());
		return "response/clocks";
	}
}
