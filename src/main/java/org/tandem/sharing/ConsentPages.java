package org.tandem.sharing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.platform.YouthId;
import org.tandem.platform.AgencyId;

/**
 * The "Sharing and consent" section of a youth's record: the team, what the reader may
 * see and why not, the youth's choices with the forms to record and revoke one, and the
 * request for emergency access from a refused section. Changes go back to the record
 * (what was typed comes back with a refusal), as the other sections do.
 */
@Controller
class ConsentPages {

	/**
	 * One category's answer for the reader, in words; the legal basis when shared despite
	 * a refusal.
	 */
	record AccessLine(Category category, boolean allowed, Decision.Basis basis, String explanation, String legalBasis) {
	}

	private final Teams teams;

	private final Consents consents;

	private final Disclosures disclosures;

	private final Denials denials;

	private final BreakGlassGrants breakGlass;

	private final Agencies agencies;

	private final Problems problems;

	ConsentPages(Teams teams, Consents consents, Disclosures disclosures, Denials denials, BreakGlassGrants breakGlass,
			Agencies agencies, Problems problems) {
		this.teams = teams;
		this.consents = consents;
		this.disclosures = disclosures;
		this.denials = denials;
		this.breakGlass = breakGlass;
		this.agencies = agencies;
		this.problems = problems;
	}

	@GetMapping("/youth/{youthId}/sharing")
	String section(@PathVariable UUID youthId, Model model) {
		return denials.section(youthId, Category.IDENTITY, "sharing.section.title", model,
				() -> filled(youthId, model));
	}

	private String filled(UUID youthId, Model model) {
		CountyMember me = Tenancy.currentMember().orElse(null);
		List<AccessLine> access = new ArrayList<>();
		disclosures.decideAll(me, youthId, Purpose.current())
			.forEach((category,
					decision) -> access.add(new AccessLine(category, decision.allowed(), decision.basis(),
							decision.allowed() ? null
									: problems.message(decision.reason(), decision.messageArgs().toArray()),
							decision.legalBasis())));
		model.addAttribute("youthId", youthId);
		List<TeamMember> team = teams.team(YouthId.of(youthId)).stream().filter(TeamMember::current).toList();
		model.addAttribute("team", team);
		model.addAttribute("teamAgencyIds", team.stream().map(TeamMember::agencyId).collect(Collectors.toSet()));
		model.addAttribute("access", access);
		model.addAttribute("consents", consents.forYouth(youthId));
		model.addAttribute("agencies", agencies.findActive());
		model.addAttribute("categories", Category.values());
		model.addAttribute("mayLeave", ConsentEffects.maySupervise());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
			model.addAttribute("typedCategories", Set.of());
		}
		return "sharing/consent :: section";
	}

	@PostMapping("/youth/{youthId}/consents")
	String record(@PathVariable UUID youthId, @RequestParam(required = false) String decision,
			@RequestParam(required = false) List<String> categories,
			@RequestParam(required = false) UUID recipientAgencyId, @RequestParam(required = false) String givenOn,
			@RequestParam(required = false) String expiresOn, @RequestParam(required = false) String witnessedBy,
			@RequestParam(required = false) String note, @RequestParam(required = false) Boolean acknowledgeLegalBasis,
			@RequestParam(required = false) Boolean addToTeam, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, String> typed = typed("decision", decision, "recipientAgencyId",
				recipientAgencyId == null ? null : recipientAgencyId.toString(), "givenOn", givenOn, "expiresOn",
				expiresOn, "witnessedBy", witnessedBy, "note", note, "addToTeam",
				Boolean.TRUE.equals(addToTeam) ? "true" : null);
		return act(youthId, "consent", typed, categories, request, response,
				() -> consents.record(youthId, new Consents.Form(decision, categories, recipientAgencyId, null, null,
						givenOn, expiresOn, witnessedBy, note, acknowledgeLegalBasis, addToTeam)),
				"sharing.consent.saved");
	}

	@PostMapping("/youth/{youthId}/consents/{consentId}/revoke")
	String revoke(@PathVariable UUID youthId, @PathVariable UUID consentId,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) Boolean acknowledgeLegalBasis, HttpServletRequest request,
			HttpServletResponse response) {
		return act(youthId, "revoke." + consentId, typed("revoke." + consentId, reason), null, request, response,
				() -> {
					if (consents.forYouth(youthId).stream().noneMatch(c -> c.id().equals(consentId))) {
						throw new TandemException(org.tandem.platform.ErrorCode.CONSENT_NOT_FOUND);
					}
					return consents.revoke(consentId, reason, Boolean.TRUE.equals(acknowledgeLegalBasis));
				}, "sharing.consent.revoked");
	}

	@PostMapping("/youth/{youthId}/team/{agencyId}/leave")
	String leave(@PathVariable UUID youthId, @PathVariable UUID agencyId, @RequestParam(required = false) String reason,
			HttpServletRequest request, HttpServletResponse response) {
		return act(youthId, "leave." + agencyId, typed("leave." + agencyId, reason), null, request, response, () -> {
			if (!ConsentEffects.maySupervise()) {
				throw new TandemException(org.tandem.platform.ErrorCode.ACCESS_DENIED);
			}
			teams.leave(YouthId.of(youthId), AgencyId.of(agencyId), reason);
			return null;
		}, "sharing.team.left");
	}

	/**
	 * Emergency access asked for from a refused section: back to the record, or the form
	 * again with the reason.
	 */
	@PostMapping("/youth/{youthId}/break-glass")
	String breakGlass(@PathVariable UUID youthId, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String category, Model model) {
		try {
			breakGlass.open(youthId, reason);
			return "redirect:/youth/" + youthId;
		}
		catch (TandemException ex) {
			if (ex.code().status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			model.addAttribute("youthId", youthId);
			model.addAttribute("reason", reason);
			model.addAttribute("problem", problems.message(ex.code(), ex.args()));
			return "sharing/break-glass";
		}
	}

	/**
	 * Makes the change and goes back to the record: the saved notice with what the change
	 * did, or the problem with what was typed; a refusal the youth may not make stop
	 * everything comes back as the warning to confirm, next to the form it came from
	 * ({@code form}).
	 */
	private String act(UUID youthId, String form, Map<String, String> typed, List<String> categories,
			HttpServletRequest request, HttpServletResponse response, Supplier<Consent> change, String savedKey) {
		Map<String, Object> outcome = new HashMap<>();
		try {
			Consent done = change.get();
			outcome.put("savedKey", savedKey);
			if (done != null && done.outcome() != null) {
				outcome.put("outcome", done.outcome().messages());
			}
		}
		catch (TandemException ex) {
			if (ex.code().status() == HttpStatus.NOT_FOUND && ex.field() == null) {
				throw ex;
			}
			outcome.put(ex.code() == org.tandem.platform.ErrorCode.YOUTH_MAY_NOT_REFUSE ? "legalWarning" : "problem",
					problems.message(ex.code(), ex.args()));
			outcome.put("problemFor", form);
			outcome.put("typed", typed);
			outcome.put("typedCategories", categories == null ? Set.of() : Set.copyOf(categories));
		}
		FlashMap flash = new FlashMap();
		flash.putAll(outcome);
		flash.setTargetRequestPath(request.getContextPath() + "/youth/" + youthId + "/sharing");
		RequestContextUtils.getFlashMapManager(request).saveOutputFlashMap(flash, request, response);
		return "redirect:/youth/" + youthId + "#sharing";
	}

	private static Map<String, String> typed(String... namesAndValues) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				typed.put(namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return typed;
	}

}
