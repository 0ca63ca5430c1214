package org.tandem.response;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Tenancy;
import org.tandem.sharing.YouthNames;

/**
 * The supervisors' board: the open clocks of their agency or county, amber before and red
 * after the deadline, counted per state and listed a page at a time, soonest deadline
 * first.
 */
@Controller
class ClockBoardPage {

	static final int PAGE_SIZE = 100;

	private final OpenClocks clocks;

	private final Agencies agencies;

	private final YouthNames names;

	ClockBoardPage(OpenClocks clocks, Agencies agencies, YouthNames names) {
		this.clocks = clocks;
		this.agencies = agencies;
		this.names = names;
	}

	@GetMapping("/clocks")
	String board(@RequestParam(defaultValue = "agency") String scope, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "1") int page, Model model) {
		boolean county = "county".equals(scope);
		UUID agency = county ? null : Tenancy.currentMember().map(CountyMember::agencyId).orElse(null);
		ClockBoard board = clocks.board(agency, state, page, PAGE_SIZE);
		Map<UUID, String> agencyNames = new HashMap<>();
		for (Agency a : agencies.findAll()) {
			agencyNames.put(a.id(), a.name());
		}
		model.addAttribute("board", board);
		model.addAttribute("states", ClockBoard.STATES);
		model.addAttribute("scope", county ? "county" : "agency");
		model.addAttribute("agencyNames", agencyNames);
		model.addAttribute("names",
				names.visible(board.rows().stream().map(r -> r.clock().youthId()).toList(), "clocks"));
		return "response/clocks";
	}

}
