package org.tandem.meeting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.youth.RunawayEpisodeEnded;
import org.tandem.youth.RunawayEpisodeStarted;

/**
 * Runaways and returns call for an ongoing MDT (when the protocol lists them). Listeners run in the
 * transaction that records the episode, so the proposal exists exactly when the episode does.
 */
@Component
class MdtTriggers {

	private final MdtProposals proposals;

	MdtTriggers(MdtProposals proposals) {
		this.proposals = proposals;
	}

	@EventListener
	void ranAway(RunawayEpisodeStarted episode) {
		proposals.triggered(episode.youthId(), "RUNAWAY", episode.episodeId(), episode.startedAt());
	}

	@EventListener
	void returned(RunawayEpisodeEnded episode) {
		proposals.triggered(episode.youthId(), "RETURN", episode.episodeId(), episode.endedAt());
	}
}
