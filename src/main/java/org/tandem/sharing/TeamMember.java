package org.tandem.sharing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An agency on a youth's team, now or in the past. A current entry names the source the
 * agency joined by first and, in {@code sources}, every source that holds it now; it
 * stays on the team while one does. {@code id} is null for an open case (the youth
 * module's record) that has no membership row of its own. {@code sourceEnded}: a past
 * membership that ended because its source was cancelled, closed or reassigned (its leave
 * reason says which), not by a supervisor.
 */
public record TeamMember(UUID id, UUID youthId, UUID agencyId, String agencyName, String agencyType,
		Teams.Source source, UUID sourceId, OffsetDateTime joinedAt, OffsetDateTime leftAt, String leaveReason,
		boolean current, List<Held> sources, boolean sourceEnded) {

	/**
	 * One source holding the agency on the team: a response, meeting, task or consent id,
	 * or none.
	 */
	public record Held(Teams.Source source, UUID sourceId, OffsetDateTime since) {
	}

	TeamMember withSources(List<Held> more) {
		List<Held> all = new ArrayList<>(sources);
		all.addAll(more);
		all.sort(java.util.Comparator.comparing(Held::since,
				java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
		return new TeamMember(id, youthId, agencyId, agencyName, agencyType, source, sourceId, joinedAt, leftAt,
				leaveReason, current, List.copyOf(all), sourceEnded);
	}
}
