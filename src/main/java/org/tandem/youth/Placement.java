package org.tandem.youth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where a youth lived from one day to another; without an end, where they live now. Days
 * are the county's calendar days; a youth who moves ends one placement on the day the
 * next begins.
 *
 * @param provider who provides it (null when not recorded)
 */
public record Placement(UUID id, UUID youthId, PlacementType type, LocalDate startedOn, LocalDate endedOn,
		String reasonForChange, Provider provider, UUID recordedBy, Instant recordedAt) {

	boolean open() {
		return endedOn == null;
	}

	/**
	 * The reason as written, a line per occasion (when recorded, when ended); public for
	 * the page.
	 */
	public List<String> reasonLines() {
		return reasonForChange == null ? List.of() : List.of(reasonForChange.split("\n"));
	}

	/**
	 * Whether the two share a day, other than the day of a move: one may start on the day
	 * the other ended, provided that other began earlier (a duplicate one-day entry still
	 * overlaps).
	 */
	boolean overlaps(LocalDate start, LocalDate end) {
		LocalDate myEnd = endedOn == null ? LocalDate.MAX : endedOn;
		LocalDate otherEnd = end == null ? LocalDate.MAX : end;
		if (startedOn.isAfter(otherEnd) || start.isAfter(myEnd)) {
			return false;
		}
		boolean movedOut = myEnd.equals(start) && startedOn.isBefore(start);
		boolean movedIn = otherEnd.equals(startedOn) && start.isBefore(startedOn);
		return !movedOut && !movedIn;
	}
}
