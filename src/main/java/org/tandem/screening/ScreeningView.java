package org.tandem.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.instrument.InstrumentDefinition.Guide;
import org.tandem.instrument.Score;
import org.tandem.instrument.Text;

/**
 * A screening as the API shows it: the record and, once submitted, its result at the top
 * level.
 */
record ScreeningView(UUID id, UUID youthId, String instrumentId, int instrumentVersion, Integer scoringVersion,
		ScreeningStatus status, LocalDate screenedOn, Instant submittedAt, Integer score, Integer highestScore,
		String level, Text levelLabel, Guide guideToAction, List<Score.IndicatorScore> indicatorScores,
		Integer notEnoughInformation, Integer unanswered, List<Score.ActionableItem> actionable,
		List<String> selfDisclosureOnly, Map<String, String> answers, Map<String, List<Source>> sources,
		boolean scriptConfirmed, UUID amendsId, String amendmentReason, UUID amendedById, ScreeningSetting setting,
		KnownYouthFor knownYouthFor) {

	static ScreeningView of(Screening s) {
		Score r = s.result();
		return new ScreeningView(s.id(), s.youthId(), s.instrumentId(), s.instrumentVersion(), s.scoringVersion(),
				s.status(), s.screenedOn(), s.submittedAt(), r == null ? null : r.score(),
				r == null ? null : r.highestScore(), r == null ? null : r.level(), r == null ? null : r.levelLabel(),
				r == null ? null : r.guideToAction(), r == null ? null : r.indicatorScores(),
				r == null ? null : r.notEnoughInformation(), r == null ? null : r.unanswered(),
				r == null ? null : r.actionable(), s.selfDisclosureOnly(), s.answers(), s.sources(),
				s.scriptConfirmed(), s.amendsId(), s.amendmentReason(), s.amendedById(), null, null);
	}

	/**
	 * The same view with where the screening took place and how long the screener knew
	 * the youth.
	 */
	ScreeningView with(ScreeningContext context) {
		return new ScreeningView(id, youthId, instrumentId, instrumentVersion, scoringVersion, status, screenedOn,
				submittedAt, score, highestScore, level, levelLabel, guideToAction, indicatorScores,
				notEnoughInformation, unanswered, actionable, selfDisclosureOnly, answers, sources, scriptConfirmed,
				amendsId, amendmentReason, amendedById, context.setting(), context.knownYouthFor());
	}
}
