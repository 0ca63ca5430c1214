package org.tandem.service;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Referrals over JSON: a youth's referrals, a new one, and each move after it. */
@RestController
class ReferralApi {

	private final Referrals referrals;

	ReferralApi(Referrals referrals) {
		this.referrals = referrals;
	}

	/** A need of the plan (its code), the provider, optionally a program, and the day. */
	record NewReferral(String need, String providerId, String programId, String referredOn, String note) {
	}

	/** The state to move to, the day, the reason (a decline needs one) and a note. */
	record Transition(String to, String on, String reason, String note) {
	}

	@PostMapping("/api/v1/youth/{youthId}/referrals")
	ResponseEntity<Referral> make(@PathVariable UUID youthId, @RequestBody NewReferral request) {
		Referral made = referrals.make(youthId, request.need(), request.providerId(), request.programId(),
				request.referredOn(), request.note());
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + made.id())).body(made);
	}

	/** The youth's referrals the reader may see, newest first. */
	@GetMapping("/api/v1/youth/{youthId}/referrals")
	List<Referral> forYouth(@PathVariable UUID youthId) {
		return referrals.forYouth(youthId);
	}

	@PostMapping("/api/v1/referrals/{id}/transitions")
	Referral move(@PathVariable UUID id, @RequestBody Transition request) {
		return referrals.move(id, request.to(), request.on(), request.reason(), request.note());
	}

}
