package org.tandem.task;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.response.Engagement;
import org.tandem.response.EngagementSaved;
import org.tandem.response.ResponseStarted;
import org.tandem.safetyplan.SafetyPlanSaved;
import org.tandem.status.DeterminationRecorded;
import org.tandem.youth.RunawayEpisodeEnded;
import org.tandem.youth.RunawayEpisodeStarted;

/**
 * Turns events of other modules into the tasks the law and the protocol require.
 * Listeners run in the publishing transaction: the task exists exactly when its cause
 * does.
 */
@Component
class TaskTriggers {

	private final Tasks tasks;

	private final OpenTasks openTasks;

	private final CrisisTasks crisisTasks;

	TaskTriggers(Tasks tasks, OpenTasks openTasks, CrisisTasks crisisTasks) {
		this.openTasks = openTasks;
		this.tasks = tasks;
		this.crisisTasks = crisisTasks;
	}

	@EventListener
	void missing(RunawayEpisodeStarted episode) {
		Task.Owner owner = new Task.Owner(episode.recordedByAgency(), episode.recordedBy());
		tasks.open(episode.youthId(), TaskType.LAW_ENFORCEMENT_MISSING_REPORT, episode.episodeId(), episode.startedAt(),
				owner);
		tasks.open(episode.youthId(), TaskType.NCMEC_REPORT, episode.episodeId(), episode.startedAt(), owner);
	}

	@EventListener
	void returned(RunawayEpisodeEnded episode) {
		tasks.open(episode.youthId(), TaskType.RUNAWAY_DEBRIEF, episode.episodeId(), episode.endedAt(),
				new Task.Owner(episode.recordedByAgency(), episode.recordedBy()));
	}

	/**
	 * An immediate crisis owes the youth, within 72 hours of identification, a safe
	 * placement, basic needs, medical and mental-health evaluations and a first safety
	 * plan; the lead agency owns them.
	 */
	@EventListener
	void crisis(ResponseStarted response) {
		if (!"IMMEDIATE_CRISIS".equals(response.tier())) {
			return;
		}
		Task.Owner lead = new Task.Owner(response.leadAgencyId(), null);
		for (TaskType type : TaskType.CRISIS) {
			tasks.open(response.youthId(), type, response.responseId(), response.identifiedAt(), lead);
		}
	}

	/**
	 * The engagement record of an immediate crisis answers some of its 72-hour tasks: the
	 * temporary placement, the basic needs with the humanitarian bag, the medical and
	 * mental-health evaluations once completed.
	 */
	@EventListener
	void engaged(EngagementSaved saved) {
		Engagement engagement = saved.engagement();
		if (engagement.temporaryPlacement() != null) {
			openTasks.completeFor(TaskType.CRISIS_PLACEMENT, engagement.responseId(), saved.savedAt(),
					engagement.temporaryPlacement());
		}
		if (engagement.basicNeedsMet()) {
			openTasks.completeFor(TaskType.CRISIS_BASIC_NEEDS, engagement.responseId(), saved.savedAt(), null);
		}
		if (engagement.medicalCompletedAt() != null) {
			openTasks.completeFor(TaskType.CRISIS_MEDICAL_EVALUATION, engagement.responseId(),
					engagement.medicalCompletedAt().toInstant(), null);
		}
		if (engagement.mentalHealthCompletedAt() != null) {
			openTasks.completeFor(TaskType.CRISIS_MENTAL_HEALTH_EVALUATION, engagement.responseId(),
					engagement.mentalHealthCompletedAt().toInstant(), null);
		}
	}

	/**
	 * A safety plan saved for the youth is the first safety plan each of their open
	 * crises owes.
	 */
	@EventListener
	void safetyPlanned(SafetyPlanSaved plan) {
		crisisTasks.completeAllOfYouth(TaskType.CRISIS_SAFETY_PLAN, plan.youthId(), plan.savedAt(),
				"version " + plan.version());
	}

	/**
	 * A suspicion or confirmation by a mandated reporter is owed to the hotline, once per
	 * incident, within 36 hours of when the suspicion arose (not of when it was typed
	 * in).
	 */
	@EventListener
	void determined(DeterminationRecorded determination) {
		if (!determination.ofExploitation() || !determination.byMandatedReporter()) {
			return;
		}
		List<java.util.UUID> incidents = determination.incidentIds();
		if (!incidents.isEmpty() && tasks.coversAll(TaskType.HOTLINE_REPORT, incidents)) {
			return;
		}
		tasks.open(determination.youthId(), TaskType.HOTLINE_REPORT, determination.determinationId(), incidents,
				determination.suspectedAt(),
				new Task.Owner(determination.recordedByAgency(), determination.recordedBy()));
	}

}
