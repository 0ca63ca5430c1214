package org.tandem.response;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The responder's record of an immediate crisis response's first 72 hours: when and where
 * they engaged the youth, the temporary placement, the basic needs met and the
 * humanitarian bag, and the medical and mental-health evaluations. {@code version} 0
 * means nothing is recorded yet.
 */
public record Engagement(UUID responseId, OffsetDateTime engagedAt, String engagedWhere, String temporaryPlacement,
		boolean food, boolean shelter, boolean clothing, boolean rest, boolean humanitarianBag,
		OffsetDateTime medicalScheduledAt, OffsetDateTime medicalCompletedAt, OffsetDateTime mentalHealthScheduledAt,
		OffsetDateTime mentalHealthCompletedAt, String note, int version, OffsetDateTime updatedAt) {

	static Engagement none(UUID responseId) {
		return new Engagement(responseId, null, null, null, false, false, false, false, false, null, null, null, null,
				null, 0, null);
	}

	public boolean basicNeedsMet() {
		return food && shelter && clothing && rest && humanitarianBag;
	}

	/**
	 * What the responder sends; {@code version} is the one they saw (0 for the first
	 * record), and {@code lateReason} explains an engagement after the 2-hour deadline.
	 */
	public record Form(OffsetDateTime engagedAt, String engagedWhere, String temporaryPlacement, Boolean food,
			Boolean shelter, Boolean clothing, Boolean rest, Boolean humanitarianBag, OffsetDateTime medicalScheduledAt,
			OffsetDateTime medicalCompletedAt, String note, Integer version, String lateReason,
			OffsetDateTime mentalHealthScheduledAt, OffsetDateTime mentalHealthCompletedAt) {

		int seenVersion() {
			return version == null ? 0 : version;
		}

		static boolean yes(Boolean value) {
			return Boolean.TRUE.equals(value);
		}
	}
}
