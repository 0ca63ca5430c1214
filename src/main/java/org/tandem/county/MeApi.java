package org.tandem.county;

import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeApi {

	record Me(UUID id, String username, String displayName, Named county, AgencyRef agency, Set<Role> roles) {
	}

	record Named(UUID id, String name) {
	}

	record AgencyRef(UUID id, String name, AgencyType type) {
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal TandemUser user) {
		return new Me(user.userId(), user.username(), user.displayName(), new Named(user.countyId(), user.countyName()),
				new AgencyRef(user.agencyId(), user.agencyName(), user.agencyType()), user.roles());
	}

}
