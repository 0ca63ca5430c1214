package org.tandem.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.Inputs;

/** The county administrator's view of the audit log, and a check of its chain. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('COUNTY_ADMIN')")
class AuditApi {

	static final int MAX_LIMIT = 1000;

	private final AuditLog audit;

	AuditApi(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * Newest first, {@code limit} (1 to 1000) at a time; the next page is {@code before=}
	 * the last entry's {@code seq}.
	 */
	@GetMapping
	List<AuditEntry> entries(@RequestParam(required = false) UUID youthId, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "100") int limit) {
		return audit.page(youthId, before, Inputs.pageSize(limit, "limit", MAX_LIMIT));
	}

	@GetMapping("/verify")
	ChainVerification verify() {
		return audit.verify();
	}

}
