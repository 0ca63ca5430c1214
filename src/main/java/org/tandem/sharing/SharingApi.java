package org.tandem.sharing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.audit.Purpose;
import org.tandem.platform.YouthId;
import org.tandem.platform.AgencyId;

/**
 * A youth's team, the youth's choices about sharing, break-glass access and its review,
 * and the accounting of disclosures, over JSON.
 */
@RestController
class SharingApi {

	static final String ACCESS_VIEWED = "ACCESS_VIEWED";

	private final Teams teams;

	private final Consents consents;

	private final BreakGlassGrants breakGlass;

	private final DisclosureAccounting accounting;

	private final Disclosures disclosures;

	private final org.tandem.platform.Problems problems;

	private final org.tandem.audit.AuditLog audit;

	SharingApi(Teams teams, Consents consents, BreakGlassGrants breakGlass, DisclosureAccounting accounting,
			Disclosures disclosures, org.tandem.platform.Problems problems, org.tandem.audit.AuditLog audit) {
		this.audit = audit;
		this.problems = problems;
		this.teams = teams;
		this.consents = consents;
		this.breakGlass = breakGlass;
		this.accounting = accounting;
		this.disclosures = disclosures;
	}

	record AgencyRef(UUID agencyId) {
	}

	record Reason(String reason) {
	}

	/**
	 * A revocation: why, and (where the rules share a category anyway) that the youth was
	 * told.
	 */
	record Revocation(String reason, Boolean acknowledgeLegalBasis) {
	}

	record Review(String outcome, String note) {
	}

	@GetMapping("/api/v1/youth/{youthId}/team")
	List<TeamMember> team(@PathVariable UUID youthId) {
		disclosures.require(youthId, Category.IDENTITY, Purpose.current());
		return teams.team(YouthId.of(youthId));
	}

	/** Puts an agency on the team by hand. */
	@PostMapping("/api/v1/youth/{youthId}/team")
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'COUNTY_ADMIN')")
	List<TeamMember> join(@PathVariable UUID youthId, @RequestBody AgencyRef body) {
		teams.join(YouthId.of(youthId), body == null ? null : AgencyId.of(body.agencyId()), Teams.Source.MANUAL, null);
		return teams.team(YouthId.of(youthId));
	}

	@PostMapping("/api/v1/youth/{youthId}/team/{agencyId}/leave")
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'COUNTY_ADMIN')")
	List<TeamMember> leave(@PathVariable UUID youthId, @PathVariable UUID agencyId,
			@RequestBody(required = false) Reason body) {
		teams.leave(YouthId.of(youthId), AgencyId.of(agencyId), body == null ? null : body.reason());
		return teams.team(YouthId.of(youthId));
	}

	@PostMapping("/api/v1/youth/{youthId}/consents")
	ResponseEntity<Consent> recordConsent(@PathVariable UUID youthId, @RequestBody Consents.Form form) {
		Consent consent = consents.record(youthId, form == null
				? new Consents.Form(null, null, null, null, null, null, null, null, null, null, null) : form);
		return ResponseEntity.created(URI.create("/api/v1/youth/" + youthId + "/consents")).body(consent);
	}

	@GetMapping("/api/v1/youth/{youthId}/consents")
	List<Consent> consents(@PathVariable UUID youthId) {
		disclosures.require(youthId, Category.IDENTITY, Purpose.current());
		return consents.forYouth(youthId);
	}

	@PostMapping("/api/v1/consents/{id}/revoke")
	Consent revoke(@PathVariable UUID id, @RequestBody(required = false) Revocation body) {
		return consents.revoke(id, body == null ? null : body.reason(),
				body != null && Boolean.TRUE.equals(body.acknowledgeLegalBasis()));
	}

	/** Emergency access to the youth's record for a few hours; the reason is reviewed. */
	@PostMapping("/api/v1/youth/{youthId}/break-glass")
	ResponseEntity<BreakGlass> breakGlass(@PathVariable UUID youthId, @RequestBody(required = false) Reason body) {
		BreakGlass grant = breakGlass.open(youthId, body == null ? null : body.reason());
		return ResponseEntity.created(URI.create("/api/v1/break-glass/" + grant.id())).body(grant);
	}

	@GetMapping("/api/v1/break-glass")
	List<BreakGlass> breakGlassList(@RequestParam(defaultValue = "false") boolean unreviewed) {
		return breakGlass.list(unreviewed);
	}

	@PostMapping("/api/v1/break-glass/{id}/review")
	BreakGlass review(@PathVariable UUID id, @RequestBody(required = false) Review body) {
		return breakGlass.review(id, body == null ? null : body.outcome(), body == null ? null : body.note());
	}

	/** Who saw, recorded or received which of the youth's information, when and why. */
	@GetMapping("/api/v1/youth/{youthId}/disclosures")
	List<Disclosure> accounting(@PathVariable UUID youthId) {
		return accounting.forYouth(youthId, Purpose.current());
	}

	/**
	 * The decision point's answer for the signed-in person, per category, for the stated
	 * purpose: what pages will show or explain. Reveals no youth data beyond what is
	 * allowed.
	 */
	@GetMapping("/api/v1/youth/{youthId}/access")
	Map<Category, Access> access(@PathVariable UUID youthId) {
		// who may not even know the youth (an analyst) learns nothing about them, not
		// even their existence
		disclosures.require(youthId, Category.IDENTITY, Purpose.current());
		Map<Category, Access> access = new java.util.EnumMap<>(Category.class);
		disclosures.decideAll(org.tandem.platform.Tenancy.currentMember().orElse(null), youthId, Purpose.current())
			.forEach((category, decision) -> access.put(category,
					new Access(decision.allowed(), decision.basis(),
							decision.reason() == null ? null : decision.reason().code(),
							decision.reason() == null ? null
									: problems.message(decision.reason(), decision.messageArgs().toArray()),
							decision.rulesVersion(), decision.legalBasis())));
		// which categories are open to whom says something about the youth's choices:
		// audited as seen
		audit.record(ACCESS_VIEWED, youthId, Purpose.current(), null);
		return access;
	}

	/**
	 * One category's answer, with the denial explained in the reader's language;
	 * {@code legalBasis} when allowed although the youth refused (the rules name why the
	 * youth may not refuse it).
	 */
	record Access(boolean allowed, Decision.Basis basis, String code, String message, int rulesVersion,
			String legalBasis) {
	}

}
