package org.tandem.instrument;

import java.util.List;

import org.tandem.instrument.InstrumentDefinition.Guide;
import org.tandem.instrument.InstrumentDefinition.ItemType;

/**
 * What an instrument makes of a set of answers: the score of each indicator, the overall
 * score, the level of concern and its guide to action, and how much was not known.
 *
 * @param notEnoughInformation items answered "not enough information"
 * @param unanswered items with no answer at all
 * @param actionable items whose points reach their scale's actionable threshold
 * (assessments)
 */
public record Score(String instrumentId, int instrumentVersion, int scoringVersion, int score, int highestScore,
		String level, Text levelLabel, Guide guideToAction, List<IndicatorScore> indicatorScores,
		int notEnoughInformation, int unanswered, List<ActionableItem> actionable) {

	/**
	 * One indicator's result; {@code band} and {@code bandPoints} when the instrument
	 * bands indicator scores.
	 */
	public record IndicatorScore(String indicatorId, Text title, int score, Integer bandPoints, Text band,
			int notEnoughInformation) {
	}

	public record ActionableItem(String itemId, ItemType type, int points) {
	}
}
