package org.tandem.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.Inputs;

@RestController
class TaskApi {

	private final Tasks tasks;

	private final OpenTasks openTasks;

	TaskApi(Tasks tasks, OpenTasks openTasks) {
		this.openTasks = openTasks;
		this.tasks = tasks;
	}

	record Completion(OffsetDateTime doneAt, String reportNumber, String note) {
	}

	record Owner(UUID ownerAgencyId, UUID ownerUserId) {
	}

	/**
	 * Tasks of the county, soonest due first: {@code status=open}, {@code done}, or all.
	 */
	@GetMapping("/api/v1/tasks")
	List<Task> list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "200") int limit) {
		return tasks.list(status, Inputs.pageSize(limit, "limit", 1000));
	}

	@GetMapping("/api/v1/youth/{youthId}/tasks")
	List<Task> forYouth(@PathVariable UUID youthId) {
		return tasks.forYouth(youthId);
	}

	@PostMapping("/api/v1/tasks/{id}/complete")
	Task complete(@PathVariable UUID id, @RequestBody(required = false) Completion completion) {
		Completion done = completion == null ? new Completion(null, null, null) : completion;
		return openTasks.complete(id, done.doneAt() == null ? null : done.doneAt().toInstant(), done.reportNumber(),
				done.note());
	}

	/**
	 * Gives an open task to another agency (and person); the agency that had it leaves
	 * the team.
	 */
	@PostMapping("/api/v1/tasks/{id}/reassign")
	Task reassign(@PathVariable UUID id, @RequestBody(required = false) Owner owner) {
		return openTasks.reassign(id, owner == null ? null : owner.ownerAgencyId(),
				owner == null ? null : owner.ownerUserId());
	}

}
