package org.tandem.meeting;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.Inputs;

/** MDT meetings, their minutes and the proposed ongoing MDTs over JSON. */
@RestController
class MeetingApi {

	private final Meetings meetings;

	private final MeetingScheduling scheduling;

	private final MeetingMinutes minutes;

	private final MdtProposals proposals;

	private final MdtProposer proposer;

	MeetingApi(Meetings meetings, MeetingScheduling scheduling, MeetingMinutes minutes, MdtProposals proposals,
			MdtProposer proposer) {
		this.proposer = proposer;
		this.meetings = meetings;
		this.scheduling = scheduling;
		this.minutes = minutes;
		this.proposals = proposals;
	}

	@PostMapping("/api/v1/responses/{responseId}/meetings")
	ResponseEntity<Meeting> schedule(@PathVariable UUID responseId, @RequestBody MeetingRequests.Schedule request) {
		return created(scheduling.scheduleFor(responseId, request));
	}

	/** A case review: {@code youthIds} (two or more) reviewed in one meeting. */
	@PostMapping("/api/v1/meetings")
	ResponseEntity<Meeting> caseReview(@RequestBody MeetingRequests.Schedule request) {
		return created(scheduling.scheduleCaseReview(request));
	}

	/**
	 * Scheduled meetings (waiting to be held or for their minutes), of one agency or the
	 * county.
	 */
	@GetMapping("/api/v1/meetings")
	List<Meeting> upcoming(@RequestParam(required = false) UUID agencyId,
			@RequestParam(defaultValue = "200") int limit) {
		return meetings.upcoming(agencyId, Inputs.pageSize(limit, "limit", 1000));
	}

	@GetMapping("/api/v1/meetings/{id}")
	Meeting get(@PathVariable UUID id) {
		return meetings.get(id);
	}

	@GetMapping("/api/v1/youth/{youthId}/meetings")
	List<Meeting> forYouth(@PathVariable UUID youthId) {
		return meetings.forYouth(youthId);
	}

	@PostMapping("/api/v1/meetings/{id}/cancel")
	Meeting cancel(@PathVariable UUID id, @RequestBody(required = false) MeetingRequests.Reason reason) {
		return meetings.cancel(id, reason == null ? null : reason.reason());
	}

	@PostMapping("/api/v1/meetings/{id}/minutes")
	Meeting minutes(@PathVariable UUID id, @RequestBody MeetingRequests.Minutes minutes) {
		return this.minutes.recordMinutes(id, minutes);
	}

	/**
	 * A trigger event recorded by hand; 201 with the proposal, or 200 with the one the
	 * same event already made.
	 */
	@PostMapping("/api/v1/youth/{youthId}/mdt-triggers")
	ResponseEntity<MdtProposal> trigger(@PathVariable UUID youthId, @RequestBody MeetingRequests.Trigger trigger) {
		int before = proposals.count(youthId);
		MdtProposal proposal = proposer.recordTrigger(youthId, trigger.event(), trigger.occurredAt(), trigger.note());
		return ResponseEntity.status(proposals.count(youthId) > before ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/v1/mdt-proposals/" + proposal.id()))
			.body(proposal);
	}

	@GetMapping("/api/v1/mdt-proposals")
	List<MdtProposal> proposals(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) String status) {
		return proposals.list(agencyId, status);
	}

	@GetMapping("/api/v1/mdt-proposals/{id}")
	MdtProposal proposal(@PathVariable UUID id) {
		return proposals.get(id);
	}

	@PostMapping("/api/v1/mdt-proposals/{id}/dismiss")
	MdtProposal dismiss(@PathVariable UUID id, @RequestBody(required = false) MeetingRequests.Reason reason) {
		return proposals.dismiss(id, reason == null ? null : reason.reason());
	}

	private static ResponseEntity<Meeting> created(Meeting meeting) {
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id())).body(meeting);
	}

}
