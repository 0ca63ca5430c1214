package org.tandem.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.county.Counties;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.Inputs;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.response.Responses;
import org.tandem.youth.YouthRegistry;

/**
 * A meeting's screen: the meeting with its confidentiality script, its minutes form
 * (action items as rows; "Add a row" adds one, what was typed kept) and cancelling it.
 */
@Controller
class MeetingMinutesPages {

	/** Blank action-item rows a new minutes form offers; "Add a row" adds one more. */
	private static final int BLANK_ROWS = 2;

	private final Meetings meetings;

	private final MeetingMinutes minutes;

	private final Responses responses;

	private final UserAccounts accounts;

	private final YouthRegistry youth;

	private final Counties counties;

	private final Problems problems;

	private final Clock clock;

	private final MeetingPageModel page;

	MeetingMinutesPages(Meetings meetings, MeetingMinutes minutes, Responses responses, UserAccounts accounts,
			YouthRegistry youth, Counties counties, Problems problems, Clock clock, MeetingPageModel page) {
		this.meetings = meetings;
		this.minutes = minutes;
		this.responses = responses;
		this.accounts = accounts;
		this.youth = youth;
		this.counties = counties;
		this.problems = problems;
		this.clock = clock;
		this.page = page;
	}

	@GetMapping("/meetings/{id}")
	String view(@PathVariable UUID id, @RequestParam(required = false) String scheduled, Model model) {
		Meeting meeting = meetings.get(id);
		Map<String, Object> typed = new HashMap<>();
		typed.put("heldAt",
				meeting.scheduledFor().atZoneSameInstant(counties.currentZone()).toLocalDateTime().toString());
		typed.put("attended", List.of());
		typed.put("youthAttended", List.of());
		model.addAttribute("justScheduled", scheduled != null);
		return meetingPage(model, meeting, typed, blankRows(BLANK_ROWS), Map.of(), null);
	}

	@PostMapping("/meetings/{id}/minutes")
	String minutes(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(required = false) String addRow, Model model) {
		Meeting meeting = meetings.get(id);
		Map<String, Object> typed = new HashMap<>(form.toSingleValueMap());
		typed.put("attended", form.getOrDefault("attended", List.of()));
		typed.put("youthAttended", form.getOrDefault("youthAttended", List.of()));
		List<Map<String, String>> rows = rows(form);
		if (addRow != null) {
			rows.addAll(blankRows(1));
			return meetingPage(model, meeting, typed, rows, Map.of(), null);
		}
		List<Integer> rowOfItem = new ArrayList<>();
		try {
			OffsetDateTime heldAt = counties.atCountyTime(form.getFirst("heldAt"), "heldAt");
			List<MeetingRequests.Attendance> attendance = meeting.invitations()
				.stream()
				.map(i -> new MeetingRequests.Attendance(i.id(),
						form.getOrDefault("attended", List.of()).contains(i.id().toString())))
				.toList();
			List<MeetingRequests.YouthMinutes> ofYouth = meeting.youth()
				.stream()
				.map(y -> new MeetingRequests.YouthMinutes(y.youthId(),
						form.getOrDefault("youthAttended", List.of()).contains(y.youthId().toString()),
						form.getFirst("voice-" + y.youthId()), form.getFirst("decisions-" + y.youthId())))
				.toList();
			List<MeetingRequests.ActionItem> items = new ArrayList<>();
			for (int r = 0; r < rows.size(); r++) {
				Map<String, String> row = rows.get(r);
				if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
					continue;
				}
				rowOfItem.add(r);
				items
					.add(new MeetingRequests.ActionItem(Inputs.uuid(row.get("youth"), "actionItems[" + r + "].youthId"),
							row.get("title"), Inputs.uuid(row.get("owner"), "actionItems[" + r + "].ownerAgencyId"),
							null, Inputs.date(row.get("due"), "actionItems[" + r + "].dueOn"), null));
			}
			String script = form.getFirst("scriptRead");
			minutes.recordMinutes(id, new MeetingRequests.Minutes(heldAt, script == null ? Boolean.FALSE : Boolean.TRUE,
					form.getFirst("scriptNotReadReason"), attendance, ofYouth, items, form.getFirst("breachReason")));
			return "redirect:/meetings/" + id + "?recorded";
		}
		catch (TandemException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			problems.byField(ex).forEach((field, message) -> errors.put(rowField(field, rowOfItem), message));
			return meetingPage(model, meeting, typed, rows, errors, problems.message(ex.code(), ex.args()));
		}
	}

	@PostMapping("/meetings/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			meetings.cancel(id, reason);
			redirect.addFlashAttribute("saved", true);
		}
		catch (TandemException ex) {
			redirect.addFlashAttribute("problem", problems.message(ex.code(), ex.args()));
		}
		return "redirect:/meetings/" + id;
	}

	private String meetingPage(Model model, Meeting meeting, Map<String, Object> typed, List<Map<String, String>> rows,
			Map<String, String> errors, String problem) {
		Map<UUID, String> names = new LinkedHashMap<>();
		meeting.youth().forEach(y -> names.put(y.youthId(), youth.view(y.youthId()).displayName()));
		boolean late = meeting.youth()
			.stream()
			.map(y -> responses.get(y.responseId()))
			.flatMap(r -> r.clocks().stream())
			.anyMatch(c -> c.metAt() == null && c.dueAt().toInstant().isBefore(clock.instant()));
		model.addAttribute("meeting", meeting);
		model.addAttribute("youthNames", names);
		model.addAttribute("script", meetings.confidentialityScript(meeting, LocaleContextHolder.getLocale()));
		model.addAttribute("late", late);
		model.addAttribute("typed", typed);
		model.addAttribute("rows", rows);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("people", peopleNames());
		return page.view(model, "meeting/view");
	}

	private Map<UUID, String> peopleNames() {
		Map<UUID, String> names = new HashMap<>();
		accounts.findAll().forEach((UserAccount u) -> names.put(u.id(), u.displayName()));
		return names;
	}

	private static List<Map<String, String>> rows(MultiValueMap<String, String> form) {
		List<String> titles = form.getOrDefault("itemTitle", List.of());
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < titles.size(); i++) {
			Map<String, String> row = new HashMap<>();
			row.put("title", titles.get(i));
			row.put("youth", at(form.get("itemYouth"), i));
			row.put("owner", at(form.get("itemOwner"), i));
			row.put("due", at(form.get("itemDue"), i));
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, String>> blankRows(int count) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new HashMap<>(Map.of("title", "", "youth", "", "owner", "", "due", "")));
		}
		return rows;
	}

	private static String at(List<String> values, int i) {
		return values == null || i >= values.size() ? "" : values.get(i);
	}

	/** actionItems[i] of the request is a row of the form (blank rows are skipped). */
	private static String rowField(String field, List<Integer> rowOfItem) {
		if (field.startsWith("actionItems[")) {
			int close = field.indexOf(']');
			int item = Integer.parseInt(field.substring("actionItems[".length(), close));
			if (item < rowOfItem.size()) {
				return "actionItems[" + rowOfItem.get(item) + "]" + field.substring(close + 1);
			}
		}
		return field;
	}

}
