package org.tandem.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.Counties;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.response.ResponseSharing;
import org.tandem.response.Responses;
import org.tandem.response.TeamResponse;
import org.tandem.sharing.Category;
import org.tandem.sharing.YouthNames;
import org.tandem.youth.YouthRegistry;

/**
 * The meetings screens: upcoming meetings and proposed ones, scheduling a meeting for a
 * response, a meeting with its confidentiality script and minutes, and the meetings on a
 * youth's record. A refused submission shows the form again with what was typed and each
 * problem at its field.
 */
@Controller
class MeetingPages {

	/** Blank action-item rows a new minutes form offers; "Add a row" adds one more. */
	private static final int BLANK_ROWS = 2;

	private final Meetings meetings;

	private final MdtProposals proposals;

	private final Responses responses;

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final YouthRegistry youth;

	private final Counties counties;

	private final Problems problems;

	private final Clock clock;

	private final ResponseSharing sharing;

	private final YouthNames names;

	MeetingPages(Meetings meetings, MdtProposals proposals, Responses responses, Agencies agencies,
			UserAccounts accounts, YouthRegistry youth, Counties counties, Problems problems, Clock clock,
			ResponseSharing sharing, YouthNames names) {
		this.sharing = sharing;
		this.names = names;
		this.meetings = meetings;
		this.proposals = proposals;
		this.responses = responses;
		this.agencies = agencies;
		this.accounts = accounts;
		this.youth = youth;
		this.counties = counties;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/meetings")
	String list(@RequestParam(defaultValue = "agency") String scope, Model model) {
		UUID agency = Tenancy.currentMember().map(CountyMember::agencyId).orElse(null);
		boolean county = "county".equals(scope);
		model.addAttribute("scope", county ? "county" : "agency");
		model.addAttribute("meetings", meetings.upcoming(county ? null : agency, 500));
		List<MdtProposal> open = proposals.list(county ? null : agency, "OPEN");
		model.addAttribute("proposals", open);
		model.addAttribute("names", names.visible(open.stream().map(MdtProposal::youthId).toList(), "meetings"));
		model.addAttribute("myAgency", agency);
		return common(model, "meeting/list");
	}

	@PostMapping("/mdt-proposals/{id}/dismiss")
	String dismiss(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			proposals.dismiss(id, reason);
			redirect.addFlashAttribute("saved", true);
		}
		catch (TandemException ex) {
			redirect.addFlashAttribute("problem", problems.message(ex.code(), ex.args()));
		}
		return "redirect:/meetings";
	}

	// --- scheduling

	@GetMapping("/meetings/new")
	String form(@RequestParam UUID responseId, @RequestParam(required = false) UUID proposalId, Model model) {
		TeamResponse response = responses.view(responseId);
		Map<String, Object> typed = new HashMap<>();
		typed.put("leadAgencyId", response.leadAgencyId().toString());
		typed.put("youthWantsToAttend", "NOT_ASKED_YET");
		typed.put("optionalAgencyIds", List.of());
		return scheduleForm(model, response, proposalId, typed, Map.of(), null);
	}

	@PostMapping("/meetings/new")
	String schedule(@RequestParam UUID responseId, @RequestParam(required = false) UUID proposalId,
			@RequestParam MultiValueMap<String, String> form, Model model) {
		TeamResponse response = responses.view(responseId);
		Map<String, Object> typed = new HashMap<>(form.toSingleValueMap());
		List<String> optional = form.getOrDefault("optionalAgencyIds", List.of());
		typed.put("optionalAgencyIds", optional);
		try {
			OffsetDateTime at = counties.atCountyTime(form.getFirst("scheduledFor"), "scheduledFor");
			String caregiver = form.getFirst("caregiverName");
			MeetingRequests.Schedule request = new MeetingRequests.Schedule(at,
					uuid(form.getFirst("leadAgencyId"), "leadAgencyId"), null, form.getFirst("place"),
					optional.stream().map(id -> uuid(id, "optionalAgencyIds")).toList(), List.of(),
					form.getFirst("youthWantsToAttend"),
					caregiver == null || caregiver.isBlank() ? null
							: new MeetingRequests.Caregiver(caregiver, form.getFirst("caregiverRelationship")),
					proposalId, proposalId != null ? "ONGOING_MDT" : null, null, null);
			Meeting meeting = meetings.scheduleFor(responseId, request);
			return "redirect:/meetings/" + meeting.id() + "?scheduled";
		}
		catch (TandemException ex) {
			return scheduleForm(model, response, proposalId, typed, fieldErrors(ex), general(ex));
		}
	}

	private String scheduleForm(Model model, TeamResponse response, UUID proposalId, Map<String, Object> typed,
			Map<String, String> errors, String problem) {
		String tier = proposalId != null ? "ONGOING_MDT" : response.tier();
		Map<String, List<String>> types = meetings.agencyTypes(response, tier);
		List<Agency> active = agencies.findActive();
		model.addAttribute("response", response);
		model.addAttribute("proposalId", proposalId);
		model.addAttribute("tier", tier);
		model.addAttribute("requiredAgencies",
				active.stream().filter(a -> types.get("required").contains(a.type().name())).toList());
		model.addAttribute("optionalAgencies",
				active.stream().filter(a -> types.get("optional").contains(a.type().name())).toList());
		model.addAttribute("missingTypes",
				types.get("required")
					.stream()
					.filter(t -> active.stream().noneMatch(a -> a.type().name().equals(t)))
					.toList());
		model.addAttribute("activeAgencies", active);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		return common(model, "meeting/new");
	}

	// --- a meeting

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
				items.add(new MeetingRequests.ActionItem(uuid(row.get("youth"), "actionItems[" + r + "].youthId"),
						row.get("title"), uuid(row.get("owner"), "actionItems[" + r + "].ownerAgencyId"), null,
						date(row.get("due"), "actionItems[" + r + "].dueOn"), null));
			}
			String script = form.getFirst("scriptRead");
			meetings.recordMinutes(id,
					new MeetingRequests.Minutes(heldAt, script == null ? Boolean.FALSE : Boolean.TRUE,
							form.getFirst("scriptNotReadReason"), attendance, ofYouth, items,
							form.getFirst("breachReason")));
			return "redirect:/meetings/" + id + "?recorded";
		}
		catch (TandemException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			fieldErrors(ex).forEach((field, message) -> errors.put(rowField(field, rowOfItem), message));
			return meetingPage(model, meeting, typed, rows, errors, general(ex));
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
		return common(model, "meeting/view");
	}

	// --- on the youth's record

	@GetMapping("/youth/{youthId}/meetings")
	String ofYouth(@PathVariable UUID youthId, Model model) {
		return sharing.section(youthId, Category.MDT_MINUTES, "meetings.ofYouth", model, () -> {
			model.addAttribute("meetings", meetings.forYouth(youthId));
			return common(model, "meeting/youth :: meetings");
		});
	}

	// --- helpers

	private String common(Model model, String view) {
		model.addAttribute("zone", counties.currentZone());
		model.addAttribute("now", clock.instant());
		model.addAttribute("agencies", agencies.findAll());
		model.addAttribute("nowLocal",
				LocalDateTime.now(clock.withZone(counties.currentZone())).withSecond(0).withNano(0));
		return view;
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

	private Map<String, String> fieldErrors(TandemException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fieldErrors().forEach(e -> errors.putIfAbsent(e.field(), problems.message(e)));
		return errors;
	}

	private String general(TandemException ex) {
		return problems.message(ex.code(), ex.args());
	}

	private static UUID uuid(String value, String field) {
		return Inputs.uuid(value, field);
	}

	private static LocalDate date(String value, String field) {
		return Inputs.date(value, field);
	}

	static String lower(String value) {
		return value == null ? "" : value.toLowerCase(Locale.ROOT);
	}

}
