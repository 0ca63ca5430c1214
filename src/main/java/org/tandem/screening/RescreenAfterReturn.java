package org.tandem.screening;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.youth.RunawayEpisodeEnded;

/**
 * A youth back from running away is due for screening within the county's trigger time
 * (72 hours).
 */
@Component
class RescreenAfterReturn {

	private final ScreeningSchedule schedule;

	RescreenAfterReturn(ScreeningSchedule schedule) {
		this.schedule = schedule;
	}

	@EventListener
	void returned(RunawayEpisodeEnded episode) {
		schedule.trigger(episode.youthId(), ScreeningTriggerReason.RUNAWAY_RETURN, null, episode.endedAt());
	}

}
