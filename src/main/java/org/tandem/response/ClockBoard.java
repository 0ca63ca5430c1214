package org.tandem.response;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.tandem.platform.Inputs;
import org.tandem.protocol.Protocol;

/**
 * One page of the clock board: how many open clocks are red, amber and running, and the
 * clocks of the state asked for, soonest deadline first.
 *
 * @param state open (all), overdue, amber or running
 * @param page from 1
 */
public record ClockBoard(Counts counts, List<Row> rows, String state, int page, boolean hasNext) {

	public static final List<String> STATES = List.of("open", "overdue", "amber", "running");

	public record Counts(long red, long amber, long running) {

		public long open() {
			return red + amber + running;
		}
	}

	/**
	 * @param title the clock's title in the protocol version its response started under
	 * (null if that version is gone from the catalogue)
	 * @param shipped whether that version is the model shipped with Tandem
	 * @param remaining until the deadline; negative once overdue
	 */
	public record Row(TeamResponse.ClockView clock, Protocol.Text title, boolean shipped, Duration remaining) {

		public boolean overdue() {
			return remaining.isNegative();
		}

		public long days() {
			return remaining.abs().toDays();
		}

		public int hours() {
			return remaining.abs().toHoursPart();
		}

		public int minutes() {
			return remaining.abs().toMinutesPart();
		}
	}

	/** The state as the board names it; an unknown one is refused on its field. */
	static String state(String wanted) {
		return switch (wanted) {
			case "", "open" -> "open";
			case "overdue", "red" -> "overdue";
			case "amber" -> "amber";
			case "running" -> "running";
			default -> throw Inputs.notOneOf("state", String.join(", ", STATES));
		};
	}

	/**
	 * The where clause over open clocks {@code c} of one agency (or the county, when
	 * null) in one state at {@code now}, adding its parameters. Built per case, not with
	 * "? is null or", so the planner uses the partial indexes on open clocks.
	 */
	static String where(UUID agencyId, String wanted, Timestamp now, List<Object> params) {
		StringBuilder where = new StringBuilder(" where c.met_at is null");
		if (agencyId != null) {
			where.append(" and c.owner_agency_id = ?");
			params.add(agencyId);
		}
		switch (state(wanted)) {
			case "overdue" -> {
				where.append(" and c.due_at < ?");
				params.add(now);
			}
			case "amber" -> {
				where.append(" and c.warn_at < ? and c.due_at >= ?");
				params.add(now);
				params.add(now);
			}
			case "running" -> {
				where.append(" and c.warn_at >= ?");
				params.add(now);
			}
			default -> {
			}
		}
		return where.toString();
	}
}
