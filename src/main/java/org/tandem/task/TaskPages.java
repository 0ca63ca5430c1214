package org.tandem.task;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
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
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;
import org.tandem.response.ResponseSharing;
import org.tandem.sharing.Category;
import org.tandem.sharing.YouthNames;

/**
 * The county's open tasks with their clocks, and the tasks of one youth on their record.
 */
@Controller
class TaskPages {

	private final Tasks tasks;

	private final OpenTasks openTasks;

	private final Agencies agencies;

	private final Counties counties;

	private final Problems problems;

	private final Clock clock;

	private final ResponseSharing sharing;

	private final YouthNames names;

	TaskPages(Tasks tasks, OpenTasks openTasks, Agencies agencies, Counties counties, Problems problems, Clock clock,
			ResponseSharing sharing, YouthNames names) {
		this.sharing = sharing;
		this.names = names;
		this.tasks = tasks;
		this.openTasks = openTasks;
		this.agencies = agencies;
		this.counties = counties;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/tasks")
	String list(@RequestParam(defaultValue = "open") String status, Model model) {
		List<Task> found = tasks.list(status, 500);
		model.addAttribute("tasks", found);
		model.addAttribute("names", names.visible(found.stream().map(Task::youthId).toList(), "tasks"));
		model.addAttribute("status", status);
		return common(model, "response/tasks");
	}

	@GetMapping("/youth/{youthId}/tasks")
	String forYouth(@PathVariable UUID youthId, Model model) {
		return sharing.section(youthId, Category.MDT_MINUTES, "tasks.title", model, () -> {
			List<Task> found = tasks.forYouth(youthId);
			model.addAttribute("tasks", found);
			model.addAttribute("names", names.visible(found.stream().map(Task::youthId).toList(), "tasks"));
			// tasks whose titles reveal what the person may not see are left out; say so,
			// and why
			model.addAttribute("withheld",
					java.util.Arrays.stream(TaskType.values())
						.map(TaskType::reveals)
						.filter(category -> category != Category.MDT_MINUTES)
						.distinct()
						.map(category -> sharing.denial(youthId, category))
						.filter(java.util.Objects::nonNull)
						.toList());
			return common(model, "response/youth-tasks :: youth");
		});
	}

	@PostMapping("/tasks/{id}/complete")
	String complete(@PathVariable UUID id, @RequestParam(required = false) String doneAt,
			@RequestParam(required = false) String reportNumber, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "/tasks") String back, RedirectAttributes redirect) {
		try {
			var done = counties.atCountyTime(doneAt, "doneAt");
			openTasks.complete(id, done == null ? null : done.toInstant(), reportNumber, note);
			redirect.addFlashAttribute("saved", true);
		}
		catch (TandemException ex) {
			redirect.addFlashAttribute("taskProblem", problems.message(ex.code(), ex.args()));
		}
		return "redirect:" + (back.startsWith("/") && !back.startsWith("//") ? back : "/tasks");
	}

	private String common(Model model, String view) {
		model.addAttribute("zone", zone());
		model.addAttribute("now", clock.instant());
		model.addAttribute("agencies", agencies.findAll());
		return view;
	}

	private ZoneId zone() {
		return counties.currentZone();
	}

}
