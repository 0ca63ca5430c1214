package org.tandem.response;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A response of the team to a youth, started under one version of the county protocol,
 * with its clocks; closed (by its lead agency, once its clocks are met) at
 * {@code closedAt}, for {@code
 * closeReason}. Times are shown with the county's offset.
 */
public record TeamResponse(UUID id, UUID youthId, String tier, String jurisdiction, UUID leadAgencyId,
		String protocolId, int protocolVersion, OffsetDateTime identifiedAt, List<ClockView> clocks,
		OffsetDateTime closedAt, String closeReason) {

	public boolean closed() {
		return closedAt != null;
	}

	/** Whether every clock is met: then the lead agency may close the response. */
	public boolean clocksMet() {
		return clocks.stream().allMatch(c -> c.metAt() != null);
	}

	/**
	 * RUNNING, AMBER (past its warning), RED (past its deadline), MET or MET_LATE (a
	 * breach, with its reason).
	 */
	public record ClockView(UUID responseId, UUID youthId, String name, OffsetDateTime dueAt, OffsetDateTime warnAt,
			UUID ownerAgencyId, String state, OffsetDateTime metAt, String breachReason) {

		static ClockView of(UUID responseId, UUID youthId, String name, Instant due, Instant warn, UUID owner,
				Instant met, String breachReason, Instant now, ZoneId zone) {
			String state = met != null ? (met.isAfter(due) ? "MET_LATE" : "MET")
					: now.isAfter(due) ? "RED" : now.isAfter(warn) ? "AMBER" : "RUNNING";
			return new ClockView(responseId, youthId, name, due.atZone(zone).toOffsetDateTime(),
					warn.atZone(zone).toOffsetDateTime(), owner, state,
					met == null ? null : met.atZone(zone).toOffsetDateTime(), breachReason);
		}
	}
}
