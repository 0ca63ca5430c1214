package org.tandem.meeting;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.county.Agencies;
import org.tandem.county.Counties;

/** What every meetings screen shows: the county's time and its agencies. */
@Component
class MeetingPageModel {

	private final Counties counties;

	private final Agencies agencies;

	private final Clock clock;

	MeetingPageModel(Counties counties, Agencies agencies, Clock clock) {
		this.counties = counties;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** Adds what every meetings screen shows and returns the view. */
	String view(Model model, String view) {
		model.addAttribute("zone", counties.currentZone());
		model.addAttribute("now", clock.instant());
		model.addAttribute("agencies", agencies.findAll());
		model.addAttribute("nowLocal",
				LocalDateTime.now(clock.withZone(counties.currentZone())).withSecond(0).withNano(0));
		return view;
	}

}
