package org.tandem.response;

import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.county.Agencies;
import org.tandem.county.Counties;
import org.tandem.platform.PageOutcomes;
import org.tandem.sharing.Category;

/**
 * The responses section of a youth's record: start one (the hotline's decision) and meet
 * its clocks.
 */
@Controller
class ResponsePages {

	private final Responses responses;

	private final Agencies agencies;

	private final Counties counties;

	private final PageOutcomes outcomes;

	private final org.tandem.protocol.ProtocolCatalogue protocols;

	private final org.springframework.context.MessageSource messages;

	private final ResponseSharing sharing;

	private final ResponseClosing closing;

	private final OpenCrises crises;

	ResponsePages(Responses responses, Agencies agencies, Counties counties, PageOutcomes outcomes,
			org.tandem.protocol.ProtocolCatalogue protocols, org.springframework.context.MessageSource messages,
			ResponseSharing sharing, ResponseClosing closing, OpenCrises crises) {
		this.closing = closing;
		this.crises = crises;
		this.sharing = sharing;
		this.protocols = protocols;
		this.messages = messages;
		this.responses = responses;
		this.agencies = agencies;
		this.counties = counties;
		this.outcomes = outcomes;
	}

	@GetMapping("/youth/{youthId}/responses")
	String section(@PathVariable UUID youthId, Model model, java.util.Locale locale) {
		return sharing.section(youthId, Category.MDT_MINUTES, "responses.title", model,
				() -> filled(youthId, model, locale));
	}

	private String filled(UUID youthId, Model model, java.util.Locale locale) {
		java.util.List<TeamResponse> list = responses.forYouth(youthId);
		model.addAttribute("responses", list);
		model.addAttribute("clockTitles", clockTitles(list, locale));
		model.addAttribute("agencies", agencies.findAll());
		model.addAttribute("now", LocalDateTime.now(responses.zone()).withSecond(0).withNano(0));
		model.addAttribute("openCrisis", crises.open(youthId).orElse(null));
		return "response/section :: section";
	}

	@PostMapping("/youth/{youthId}/responses")
	String start(@PathVariable UUID youthId, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String identifiedAt, @RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "false") boolean confirmSecondCrisis, RedirectAttributes redirect) {
		return outcome(youthId, redirect, () -> {
			crises.refuseSecond(youthId, tier, confirmSecondCrisis);
			responses.start(youthId, tier, counties.atCountyTime(identifiedAt, "identifiedAt"), jurisdiction);
		});
	}

	@PostMapping("/responses/{id}/clocks/{name}/met")
	String met(@PathVariable UUID id, @PathVariable String name, @RequestParam UUID youthId,
			@RequestParam(required = false) String metAt, @RequestParam(required = false) String breachReason,
			RedirectAttributes redirect) {
		return outcome(youthId, redirect,
				() -> responses.meet(id, name, counties.atCountyTime(metAt, "metAt"), breachReason));
	}

	@PostMapping("/responses/{id}/close")
	String close(@PathVariable UUID id, @RequestParam UUID youthId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return outcome(youthId, redirect, () -> closing.close(id, reason));
	}

	/**
	 * Each clock's title in the protocol version its response started under; the shipped
	 * model's clocks keep their short texts from the bundles.
	 */
	private java.util.Map<String, String> clockTitles(java.util.List<TeamResponse> list, java.util.Locale locale) {
		java.util.Map<String, String> titles = new java.util.HashMap<>();
		for (TeamResponse response : list) {
			org.tandem.protocol.Protocol protocol = responses.protocolOf(response);
			org.tandem.protocol.Protocol.Tier tier = protocol.tier(response.tier());
			for (TeamResponse.ClockView clock : response.clocks()) {
				String text = protocol == protocols.shipped()
						? messages.getMessage("clock." + clock.name(), null, null, locale) : null;
				if (text == null && tier != null) {
					text = tier.clocks()
						.stream()
						.filter(c -> c.name().equals(clock.name()))
						.findFirst()
						.map(c -> c.title().in(locale))
						.orElse(null);
				}
				titles.put(response.id() + "/" + clock.name(), text == null ? clock.name() : text);
			}
		}
		return titles;
	}

	private String outcome(UUID youthId, RedirectAttributes redirect, Runnable action) {
		return outcomes.redirect("/youth/" + youthId + "#responses", redirect, action);
	}

}
