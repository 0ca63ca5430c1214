package org.tandem.youth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import org.tandem.platform.Inputs;
import org.tandem.platform.Problems;
import org.tandem.sharing.Category;
import org.tandem.sharing.Denials;
import org.tandem.platform.TandemException;
import org.tandem.platform.YouthId;

/**
 * The placements and runaway episodes section of a youth's record. Its forms post here
 * and go back to the record; what happened (saved, or the problem with what was typed)
 * travels in a flash addressed to the section itself, which the record page loads after
 * the redirect.
 */
@Controller
class PlacementsAndEpisodesPages {

	/**
	 * Forms of the section: the prefix of their fields in the flash, so each gets its own
	 * values back.
	 */
	static final String PLACEMENT = "placement", END_PLACEMENT = "endPlacement", EPISODE = "episode",
			END_EPISODE = "endEpisode";

	/**
	 * An episode as the page shows it: times on the county's clock, and how long the
	 * youth was (or is) away.
	 */
	record EpisodeRow(Episode episode, LocalDateTime started, LocalDateTime ended, long days, long hours,
			long minutes) {

		static EpisodeRow of(Episode episode, ZoneId zone, Instant now) {
			Instant until = episode.endedAt() != null ? episode.endedAt() : now;
			Duration away = Duration.between(episode.startedAt(), until);
			if (away.isNegative()) {
				away = Duration.ZERO;
			}
			return new EpisodeRow(episode, LocalDateTime.ofInstant(episode.startedAt(), zone),
					episode.endedAt() == null ? null : LocalDateTime.ofInstant(episode.endedAt(), zone), away.toDays(),
					away.toHoursPart(), away.toMinutesPart());
		}
	}

	private final PlacementsAndEpisodes history;

	private final Problems problems;

	private final Clock clock;

	private final Denials denials;

	PlacementsAndEpisodesPages(PlacementsAndEpisodes history, Problems problems, Clock clock, Denials denials) {
		this.denials = denials;
		this.history = history;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/youth/{youthId}/history")
	String section(@PathVariable UUID youthId, Model model) {
		return denials.section(youthId, Category.LOCATION, "history.section.title", model,
				() -> filled(youthId, model));
	}

	private String filled(UUID youthId, Model model) {
		PlacementsAndEpisodes.History found = history.history(YouthId.of(youthId));
		ZoneId zone = history.zone();
		Instant now = clock.instant();
		List<EpisodeRow> rows = found.episodes().stream().map(e -> EpisodeRow.of(e, zone, now)).toList();
		model.addAttribute("zone", zone);
		model.addAttribute("today", LocalDate.now(clock.withZone(zone)));
		model.addAttribute("now", LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES));
		model.addAttribute("placements", found.placements());
		model.addAttribute("current", found.placements().stream().filter(Placement::open).findFirst().orElse(null));
		model.addAttribute("placementTypes", PlacementType.values());
		model.addAttribute("episodes", rows);
		model.addAttribute("open", rows.stream().filter(r -> r.episode().open()).findFirst().orElse(null));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
			model.addAttribute("invalid", Set.of());
		}
		return "youth/history :: history";
	}

	@PostMapping("/youth/{youthId}/placements")
	String recordPlacement(@PathVariable UUID youthId, @RequestParam(required = false) String type,
			@RequestParam(required = false) String startedOn, @RequestParam(required = false) String endedOn,
			@RequestParam(required = false) String reasonForChange, @RequestParam(required = false) String providerName,
			@RequestParam(required = false) String providerAddress,
			@RequestParam(required = false) String providerPhone,
			@RequestParam(required = false) String providerConfidential, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, String> typed = typed(PLACEMENT, "type", type, "startedOn", startedOn, "endedOn", endedOn,
				"reasonForChange", reasonForChange, "provider.name", providerName, "provider.address", providerAddress,
				"provider.phone", providerPhone, "provider.confidential", providerConfidential);
		return act(youthId, PLACEMENT, typed, request, response,
				() -> history.recordPlacement(youthId, type, day(startedOn, "startedOn"), day(endedOn, "endedOn"),
						reasonForChange,
						Provider.of(providerName, providerAddress, providerPhone, providerConfidential != null)),
				"history.placement.saved");
	}

	@PostMapping("/youth/{youthId}/placements/{id}/end")
	String endPlacement(@PathVariable UUID youthId, @PathVariable UUID id,
			@RequestParam(required = false) String endedOn, @RequestParam(required = false) String reasonForChange,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> typed = typed(END_PLACEMENT, "endedOn", endedOn, "reasonForChange", reasonForChange);
		return act(youthId, END_PLACEMENT, typed, request, response,
				() -> history.endPlacement(id, youthId, day(endedOn, "endedOn"), reasonForChange),
				"history.placement.ended");
	}

	@PostMapping("/youth/{youthId}/episodes")
	String startEpisode(@PathVariable UUID youthId, @RequestParam(required = false) String startedAt,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> typed = typed(EPISODE, "startedAt", startedAt);
		return act(youthId, EPISODE, typed, request, response,
				() -> history.startEpisode(youthId, moment(startedAt, "startedAt")), "history.episode.saved");
	}

	/**
	 * @param sameCaregiver yes, no, or anything else for not known
	 */
	@PostMapping("/youth/{youthId}/episodes/{id}/end")
	String endEpisode(@PathVariable UUID youthId, @PathVariable UUID id, @RequestParam(required = false) String endedAt,
			@RequestParam(required = false) String sameCaregiver, @RequestParam(required = false) String returnedTo,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> typed = typed(END_EPISODE, "endedAt", endedAt, "sameCaregiver", sameCaregiver, "returnedTo",
				returnedTo);
		Boolean same = "yes".equals(sameCaregiver) ? Boolean.TRUE : "no".equals(sameCaregiver) ? Boolean.FALSE : null;
		return act(youthId, END_EPISODE, typed, request, response,
				() -> history.endEpisode(id, youthId, moment(endedAt, "endedAt"), same, returnedTo),
				"history.episode.ended");
	}

	/**
	 * Does the change and goes back to the record. A refusal the worker can fix goes back
	 * with its message and what was typed; not found (another county's youth, a stale
	 * link) is an error page.
	 */
	private String act(UUID youthId, String form, Map<String, String> typed, HttpServletRequest request,
			HttpServletResponse response, Runnable change, String savedKey) {
		Map<String, Object> outcome = new HashMap<>();
		try {
			change.run();
			outcome.put("savedKey", savedKey);
		}
		catch (TandemException ex) {
			if (ex.code().status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			outcome.put("problem", problems.message(ex.code(), ex.args()));
			outcome.put("typed", typed);
			Set<String> invalid = new HashSet<>();
			ex.fieldErrors().forEach(error -> invalid.add(form + "." + error.field()));
			outcome.put("invalid", invalid);
		}
		FlashMap flash = new FlashMap();
		flash.putAll(outcome);
		flash.setTargetRequestPath(request.getContextPath() + "/youth/" + youthId + "/history");
		RequestContextUtils.getFlashMapManager(request).saveOutputFlashMap(flash, request, response);
		return "redirect:/youth/" + youthId + "#history";
	}

	private static Map<String, String> typed(String form, String... namesAndValues) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				typed.put(form + "." + namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return typed;
	}

	private static LocalDate day(String value, String field) {
		return Inputs.date(value, field);
	}

	/**
	 * A date and time from the form (no offset), on the county's clock; in a DST gap, the
	 * moment after it.
	 */
	private Instant moment(String value, String field) {
		LocalDateTime local = Inputs.localDateTime(value, field);
		return local == null ? null : local.atZone(history.zone()).toInstant();
	}

}
