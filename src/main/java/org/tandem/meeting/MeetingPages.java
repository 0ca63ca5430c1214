package org.tandem.meeting;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.tandem.platform.CountyMember;
import org.tandem.platform.Inputs;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.response.ResponseSharing;
import org.tandem.response.Responses;
import org.tandem.response.TeamResponse;
import org.tandem.sharing.Category;
import org.tandem.sharing.YouthNames;

/**
 * The meetings screens: upcoming meetings and proposed ones, scheduling a meeting for a
 * response, and the meetings on a youth's record ({@link MeetingMinutesPages}: a meeting
 * with its minutes). A refused submission shows the form again with what was typed and
 * each problem at its field.
 */
@Controller
class MeetingPages {

	private final Meetings meetings;

	private final MeetingScheduling scheduling;

	private final MdtProposals proposals;

	private final Responses responses;

	private final Agencies agencies;

	private final Counties counties;

	private final Problems problems;

	private final ResponseSharing sharing;

	private final YouthNames names;

	private final MeetingPageModel page;

	MeetingPages(Meetings meetings, MeetingScheduling scheduling, MdtProposals proposals, Responses responses,
			Agencies agencies, Counties counties, Problems problems, ResponseSharing sharing, YouthNames names,
			MeetingPageModel page) {
		this.meetings = meetings;
		this.scheduling = scheduling;
		this.proposals = proposals;
		this.responses = responses;
		this.agencies = agencies;
		this.counties = counties;
		this.problems = problems;
		this.sharing = sharing;
		this.names = names;
		this.page = page;
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
		return page.view(model, "meeting/list");
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
					Inputs.uuid(form.getFirst("leadAgencyId"), "leadAgencyId"), null, form.getFirst("place"),
					optional.stream().map(id -> Inputs.uuid(id, "optionalAgencyIds")).toList(), List.of(),
					form.getFirst("youthWantsToAttend"),
					caregiver == null || caregiver.isBlank() ? null
							: new MeetingRequests.Caregiver(caregiver, form.getFirst("caregiverRelationship")),
					proposalId, proposalId != null ? "ONGOING_MDT" : null, null, null);
			Meeting meeting = scheduling.scheduleFor(responseId, request);
			return "redirect:/meetings/" + meeting.id() + "?scheduled";
		}
		catch (TandemException ex) {
			return scheduleForm(model, response, proposalId, typed, problems.byField(ex),
					problems.message(ex.code(), ex.args()));
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
		return page.view(model, "meeting/new");
	}

	// --- on the youth's record

	@GetMapping("/youth/{youthId}/meetings")
	String ofYouth(@PathVariable UUID youthId, Model model) {
		return sharing.section(youthId, Category.MDT_MINUTES, "meetings.ofYouth", model, () -> {
			model.addAttribute("meetings", meetings.forYouth(youthId));
			return page.view(model, "meeting/youth :: meetings");
		});
	}

}
