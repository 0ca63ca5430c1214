package org.tandem.response;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.tandem.protocol.Protocol;

/**
 * When a protocol clock falls due, from the instant it starts. Hours run around the clock
 * (2 hours is 2 elapsed hours, across a daylight-saving change too); days and months keep
 * the wall-clock time in the county's zone; business days skip Saturdays and Sundays.
 */
public final class Deadlines {

	private Deadlines() {
	}

	public static Instant due(Instant start, Protocol.Clock clock, ZoneId zone) {
		ZonedDateTime from = start.atZone(zone);
		return switch (clock.unit()) {
			case "HOURS" -> start.plusSeconds(3600L * clock.amount());
			case "DAYS" -> from.plusDays(clock.amount()).toInstant();
			case "MONTHS" -> from.plusMonths(clock.amount()).toInstant();
			case "BUSINESS_DAYS" -> businessDays(from, clock.amount()).toInstant();
			default -> throw new IllegalArgumentException("unknown clock unit " + clock.unit());
		};
	}

	static Instant warn(Instant due, Protocol.Clock clock) {
		return due.minusSeconds(60L * (clock.warnBeforeMinutes() == null ? 0 : clock.warnBeforeMinutes()));
	}

	private static ZonedDateTime businessDays(ZonedDateTime from, int days) {
		ZonedDateTime at = from;
		int added = 0;
		while (added < days) {
			at = at.plusDays(1);
			if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return at;
	}

}
