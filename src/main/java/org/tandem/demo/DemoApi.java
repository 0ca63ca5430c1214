package org.tandem.demo;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.county.Counties;
import org.tandem.county.TandemUser;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.CountyId;

/**
 * Lets an administrator of a demo county add synthetic youth, for trying Tandem at scale.
 */
@RestController
@PreAuthorize("hasRole('COUNTY_ADMIN')")
class DemoApi {

	static final int MAX_PER_CALL = 1_000_000;

	private final DemoYouthGenerator generator;

	private final Counties counties;

	DemoApi(DemoYouthGenerator generator, Counties counties) {
		this.generator = generator;
		this.counties = counties;
	}

	@PostMapping("/api/v1/demo/youth")
	Map<String, Object> generate(@RequestParam int count, @RequestParam(defaultValue = "0") int crises,
			@AuthenticationPrincipal TandemUser admin) {
		if (count < 1 || count > MAX_PER_CALL) {
			throw TandemException.onField(ErrorCode.INVALID_PARAMETER, "count", "count");
		}
		if (crises < 0 || crises > count) {
			throw TandemException.onField(ErrorCode.INVALID_PARAMETER, "crises", "crises");
		}
		if (!counties.findById(CountyId.of(admin.countyId())).orElseThrow().demo()) {
			throw new TandemException(ErrorCode.DEMO_REFUSED_REAL_DATA);
		}
		long millis = generator.generate(admin.countyId(), count, crises);
		return Map.of("generated", count, "crises", crises, "millis", millis);
	}

}
