package org.tandem.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * Where a youth stands on one concern, as assessed on a day by a person: each assessment
 * is kept, and a move back (relapse, or an earlier stage) is as much a fact as a move on.
 *
 * @param concern one of {@link Concern}'s names, or the county's own words
 */
public record StageOfChange(UUID id, UUID youthId, String concern, Stage stage, LocalDate assessedOn, String note,
		UUID recordedBy, String recordedByName, Instant recordedAt) {

	/** The stages of change, and the return to an earlier way after progress. */
	public enum Stage {

		PRECONTEMPLATION, CONTEMPLATION, PREPARATION, ACTION, MAINTENANCE, RELAPSE

	}

	/** The concerns every county tracks; a county may name its own beside them. */
	public enum Concern {

		EXPLOITATION, RUNNING_AWAY, SUBSTANCE_USE, SCHOOL, RELATIONSHIPS;

		/** The named concern these words are, or null for a county's own. */
		static Concern named(String words) {
			try {
				return valueOf(words.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

	/**
	 * Whether the concern is one of the named ones (a county's own is shown as typed).
	 */
	public boolean namedConcern() {
		return Concern.named(concern) != null;
	}

}
