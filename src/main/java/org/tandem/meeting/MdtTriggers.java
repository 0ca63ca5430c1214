package org.tandem.meeting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.response.ResponseStarted;
import org.tandem.youth.RunawayEpisodeEnded;
import org.tandem.youth.RunawayEpisodeStarted;
import org.tandem.protocol.ResponseTier;

/**
 * Runaways and returns call for an ongoing MDT (when the protocol lists them); an
 * immediate crisis calls for the meeting that follows it. Listeners run in the
 * transaction that records the episode, so the proposal exists exactly when the episode
 * does.
 */
@Component
class MdtTriggers {

	private final MdtProposer proposals;

	MdtTriggers(MdtProposer proposals) {
		this.proposals = proposals;
	}

	/**
	 * An immediate crisis is followed by the meeting the protocol sets, proposed as the
	 * crisis starts.
	 */
	@EventListener
	void crisis(ResponseStarted response) {
		if (response.tier() == ResponseTier.IMMEDIATE_CRISIS) {
			proposals.afterCrisis(response.responseId().value());
		}
	}

	@EventListener
	void ranAway(RunawayEpisodeStarted episode) {
		proposals.triggered(episode.youthId().value(), "RUNAWAY", episode.episodeId().value(), episode.startedAt());
	}

	@EventListener
	void returned(RunawayEpisodeEnded episode) {
		proposals.triggered(episode.youthId().value(), "RETURN", episode.episodeId().value(), episode.endedAt());
	}

}
