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
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;
import org.tandem.protocol.ResponseTier;
import org.tandem.status.IncidentId;
import java.util.UUID;

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
		Task.Owner owner = new Task.Owner(value(episode.recordedByAgency()), value(episode.recordedBy()));
		UUID youth = episode.youthId().value();
		tasks.open(youth, TaskType.LAW_ENFORCEMENT_MISSING_REPORT, episode.episodeId().value(), episode.startedAt(),
				owner);
		tasks.open(youth, TaskType.NCMEC_REPORT, episode.episodeId().value(), episode.startedAt(), owner);
	}

	@EventListener
	void returned(RunawayEpisodeEnded episode) {
		tasks.open(episode.youthId().value(), TaskType.RUNAWAY_DEBRIEF, episode.episodeId().value(), episode.endedAt(),
				new Task.Owner(value(episode.recordedByAgency()), value(episode.recordedBy())));
	}

	/**
	 * An immediate crisis owes the youth, within 72 hours of identification, a safe
	 * placement, basic needs, medical and mental-health evaluations and a first safety
	 * plan; the lead agency owns them.
	 */
	@EventListener
	void crisis(ResponseStarted response) {
		if (response.tier() != ResponseTier.IMMEDIATE_CRISIS) {
			return;
		}
		Task.Owner lead = new Task.Owner(response.leadAgencyId().value(), null);
		for (TaskType type : TaskType.CRISIS) {
			tasks.open(response.youthId().value(), type, response.responseId().value(), response.identifiedAt(), lead);
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
		crisisTasks.completeAllOfYouth(TaskType.CRISIS_SAFETY_PLAN, plan.youthId().value(), plan.savedAt(),
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
		List<UUID> incidents = determination.incidentIds().stream().map(IncidentId::value).toList();
		if (!incidents.isEmpty() && tasks.coversAll(TaskType.HOTLINE_REPORT, incidents)) {
			return;
		}
		tasks.open(determination.youthId().value(), TaskType.HOTLINE_REPORT, determination.determinationId().value(),
				incidents, determination.suspectedAt(),
				new Task.Owner(value(determination.recordedByAgency()), value(determination.recordedBy())));
	}

	private static UUID value(AgencyId agency) {
		return agency == null ? null : agency.value();
	}

	private static UUID value(UserId user) {
		return user == null ? null : user.value();
	}

}
