package org.tandem.task;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MissingNowApi {

	private final MissingNow missing;

	MissingNowApi(MissingNow missing) {
		this.missing = missing;
	}

	/**
	 * Youth away now, longest first: {@code scope=AGENCY} (youth on your agency's team,
	 * the default) or {@code COUNTY}.
	 */
	@GetMapping("/api/v1/missing")
	List<MissingNow.Row> list(@RequestParam(required = false) String scope) {
		return missing.list(MissingNow.Scope.parse(scope));
	}

}
