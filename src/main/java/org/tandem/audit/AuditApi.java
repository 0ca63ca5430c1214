package org.tandem.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The county administrator's view of the audit log, and a check of its chain. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('COUNTY_ADMIN')")
class AuditApi {

	private final AuditLog audit;

	AuditApi(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	List<AuditEntry> entries(@RequestParam(required = false) UUID youthId, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "100") int limit) {
		int size = Math.min(Math.max(limit, 1), 1000);
		return youthId != null ? audit.forYouth(youthId, size) : audit.recent(before, size);
	}

	@GetMapping("/verify")
	ChainVerification verify() {
		return audit.verify();
	}
}
