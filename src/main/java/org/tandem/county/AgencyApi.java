package org.tandem.county;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agencies of the signed-in person's county, for API clients that must name one (a
 * team, a consent, a meeting's lead, an action item's owner). No youth data.
 */
@RestController
class AgencyApi {

	record AgencyView(UUID id, String name, AgencyType type, boolean active) {
	}

	private final Agencies agencies;

	AgencyApi(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/api/v1/agencies")
	List<AgencyView> agencies() {
		return agencies.findAll().stream().map(a -> new AgencyView(a.id(), a.name(), a.type(), a.active())).toList();
	}

}
