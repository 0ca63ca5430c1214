package org.tandem.response;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.protocol.Protocol;
import org.tandem.protocol.ProtocolCatalogue;
import org.tandem.sharing.Category;

/**
 * The open clocks of the county (or one owning agency), soonest first: the list the API
 * gives and the clock board's page with its counts per state. Only youth the person may
 * see are shown, and each one shown is audited.
 */
@Service
@Transactional // not read-only: break-glass use is audited
class OpenClocks {

	private final JdbcClient jdbc;

	private final Responses responses;

	private final ProtocolCatalogue protocols;

	private final AuditLog audit;

	private final Clock clock;

	private final ResponseSharing sharing;

	OpenClocks(JdbcClient jdbc, Responses responses, ProtocolCatalogue protocols, AuditLog audit, Clock clock,
			ResponseSharing sharing) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.protocols = protocols;
		this.audit = audit;
		this.clock = clock;
		this.sharing = sharing;
	}

	/**
	 * Open clocks of the county (or one owning agency), soonest first: {@code overdue}
	 * (red), {@code amber}, {@code running} or all open ones.
	 */
	@Transactional // not read-only: break-glass use is audited
	public List<TeamResponse.ClockView> openClocks(UUID agencyId, String state, int limit) {
		ZoneId zone = responses.zone();
		String wanted = state == null ? "" : state.strip().toLowerCase(Locale.ROOT);
		Timestamp now = Timestamp.from(clock.instant());
		List<Object> params = new ArrayList<>();
		String where = ClockBoard.where(agencyId, wanted, now, params);
		params.add(limit);
		return listed(
				sharing.visible(jdbc.sql(Responses.CLOCKS + where + " order by c.due_at, c.response_id, c.name limit ?")
					.params(params)
					.query((rs, n) -> responses.clock(rs, zone))
					.list(), TeamResponse.ClockView::youthId, Category.MDT_MINUTES),
				TeamResponse.ClockView::youthId);
	}

	/**
	 * One page of the clock board: the counts per state (one aggregate over the open
	 * clocks of the county or one owning agency) and the clocks of the wanted state,
	 * soonest first.
	 */
	@Transactional // not read-only: break-glass use is audited
	public ClockBoard board(UUID agencyId, String state, int page, int size) {
		ZoneId zone = responses.zone();
		Instant instant = clock.instant();
		Timestamp now = Timestamp.from(instant);
		String wanted = state == null ? "" : state.strip().toLowerCase(Locale.ROOT);
		List<Object> countParams = new ArrayList<>(List.of(now, now, now, now));
		String all = ClockBoard.where(agencyId, "", now, countParams);
		ClockBoard.Counts counts = jdbc.sql("""
				select count(*) filter (where c.due_at < ?) as red,
				       count(*) filter (where c.due_at >= ? and c.warn_at < ?) as amber,
				       count(*) filter (where c.warn_at >= ?) as running
				from response_clock c""" + all)
			.params(countParams)
			.query((rs, n) -> new ClockBoard.Counts(rs.getLong("red"), rs.getLong("amber"), rs.getLong("running")))
			.single();
		int from = Math.max(page, 1);
		List<Object> params = new ArrayList<>();
		String where = ClockBoard.where(agencyId, wanted, now, params);
		params.add(size + 1);
		params.add((long) (from - 1) * size);
		// The page is cut from the index of open clocks first, then joined to its 100
		// responses: the
		// planner cannot tell how many rows the county's policy leaves, and would
		// otherwise join all.
		List<ClockBoard.Row> rows = new ArrayList<>(jdbc
			.sql("""
					select c.response_id, r.youth_id, r.tier, r.protocol_id, r.protocol_version, c.name, c.due_at, c.warn_at,
					       c.owner_agency_id, c.met_at, c.breach_reason
					from (select * from response_clock c"""
					+ where + """
							       order by c.due_at, c.response_id, c.name limit ? offset ?) c
							join response r on r.county_id = c.county_id and r.id = c.response_id
							order by c.due_at, c.response_id, c.name""")
			.params(params)
			.query((rs, n) -> row(rs, zone, instant))
			.list());
		boolean hasNext = rows.size() > size;
		if (hasNext) {
			rows.remove(rows.size() - 1);
		}
		// The counts reveal no youth and stay county-wide; the rows show only youth the
		// person may see.
		List<ClockBoard.Row> visible = listed(sharing.visible(rows, row -> row.clock().youthId(), Category.MDT_MINUTES),
				row -> row.clock().youthId());
		return new ClockBoard(counts, visible, ClockBoard.state(wanted), from, hasNext);
	}

	/**
	 * A board row: the clock with its title from the protocol version its response
	 * started under.
	 */
	private ClockBoard.Row row(ResultSet rs, ZoneId zone, Instant now) throws SQLException {
		TeamResponse.ClockView view = responses.clock(rs, zone);
		Protocol protocol = protocols.find(rs.getString("protocol_id"), rs.getInt("protocol_version")).orElse(null);
		Protocol.Tier tier = protocol == null ? null : protocol.tier(rs.getString("tier"));
		Protocol.Text title = tier == null ? null
				: tier.clocks()
					.stream()
					.filter(c -> c.name().equals(view.name()))
					.findFirst()
					.map(Protocol.Clock::title)
					.orElse(null);
		return new ClockBoard.Row(view, title, protocol == protocols.shipped(),
				Duration.between(now, view.dueAt().toInstant()));
	}

	/**
	 * Clocks name their youth: each youth shown in a list is audited, as search results
	 * are.
	 */
	private <T> List<T> listed(List<T> rows, Function<T, UUID> youth) {
		audit.recordAll(Responses.CLOCKS_LISTED, rows.stream().map(youth).distinct().toList(), Purpose.current(),
				"clocks");
		return rows;
	}

}
