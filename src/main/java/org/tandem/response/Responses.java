package org.tandem.response;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.Counties;
import org.tandem.platform.CountyMember;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;
import org.tandem.protocol.Protocol;
import org.tandem.protocol.ProtocolCatalogue;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;
import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;
import org.tandem.protocol.ResponseTier;

/**
 * Starts responses (immediate crisis, initial MDT, ongoing MDT) under the county protocol
 * and keeps their clocks: due times are computed once, from the recorded identification
 * time, and stored, so a restart or a changed protocol never moves a running clock.
 */
@Service
@Transactional
public class Responses {

	public static final String STARTED = "RESPONSE_STARTED", CLOCK_MET = "CLOCK_MET", VIEWED = "RESPONSE_VIEWED",
			CLOCKS_LISTED = "CLOCKS_LISTED";

	static final List<String> JURISDICTIONS = List.of("CHILD_WELFARE", "PROBATION", "UNKNOWN", "DEPENDENCY",
			"DELINQUENCY", "DUAL_STATUS", "NONE");

	private final JdbcClient jdbc;

	private final ProtocolCatalogue protocols;

	private final YouthRegistry youth;

	private final Agencies agencies;

	private final Counties counties;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ResponseSharing sharing;

	Responses(JdbcClient jdbc, ProtocolCatalogue protocols, YouthRegistry youth, Agencies agencies, Counties counties,
			AuditLog audit, Clock clock, ApplicationEventPublisher events, ResponseSharing sharing) {
		this.sharing = sharing;
		this.jdbc = jdbc;
		this.protocols = protocols;
		this.youth = youth;
		this.agencies = agencies;
		this.counties = counties;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	public TeamResponse start(UUID youthId, String tierName, OffsetDateTime identifiedAt, String jurisdictionName) {
		youth.requireExists(youthId);
		// The hotline reports any youth of the county: knowing who they are is enough to
		// start.
		sharing.require(youthId, Category.IDENTITY);
		Protocol protocol = protocols.current();
		Protocol.Tier tier = protocol
			.tier(Inputs.oneOf(tierName, protocol.tiers().stream().map(Protocol.Tier::id).toList(), "tier"));
		String jurisdiction = jurisdictionName == null ? "UNKNOWN"
				: Inputs.oneOf(jurisdictionName, JURISDICTIONS, "jurisdiction");
		Instant identified = Inputs.required(identifiedAt, "identifiedAt").toInstant();
		if (identified.isAfter(clock.instant().plusSeconds(60))) {
			throw TandemException.onField(ErrorCode.DATE_IN_FUTURE, "identifiedAt");
		}
		String leadType = protocol.leadAgencyByJurisdiction().get(jurisdiction);
		Agency lead = agencies.findActive()
			.stream()
			.filter(agency -> agency.type().name().equals(leadType))
			.findFirst()
			.orElseThrow(() -> TandemException.onField(ErrorCode.NO_LEAD_AGENCY, "jurisdiction", leadType));
		UUID id = UUID.randomUUID();
		CountyMember me = Tenancy.currentMember().orElse(null);
		jdbc.sql("""
				insert into response (county_id, id, youth_id, tier, jurisdiction, lead_agency_id, protocol_id,
				    protocol_version, identified_at, started_by, started_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, youthId, tier.id(), jurisdiction, lead.id(), protocol.id(), protocol.version(),
					Timestamp.from(identified), me == null ? null : me.userId(), Timestamp.from(clock.instant()))
			.update();
		ZoneId zone = zone();
		for (Protocol.Clock definition : tier.clocks()) {
			Instant due = Deadlines.due(identified, definition, zone);
			jdbc.sql("""
					insert into response_clock (county_id, response_id, name, due_at, warn_at, owner_agency_id)
					values (current_county(), ?, ?, ?, ?, ?)""")
				.params(id, definition.name(), Timestamp.from(due), Timestamp.from(Deadlines.warn(due, definition)),
						lead.id())
				.update();
		}
		audit.record(STARTED, youthId, Purpose.MDT, tier.id());
		events.publishEvent(new ResponseStarted(ResponseId.of(id), YouthId.of(youthId), ResponseTier.valueOf(tier.id()),
				jurisdiction, AgencyId.of(lead.id()), identified, me == null ? null : UserId.of(me.userId())));
		return get(id);
	}

	/**
	 * The exact protocol version a response started under: its rules (required agencies
	 * of its tier, clocks, triggers) stay those, whatever the county imports later.
	 */
	@Transactional(readOnly = true)
	public Protocol protocolOf(TeamResponse response) {
		return protocols.version(response.protocolId(), response.protocolVersion());
	}

	/**
	 * A response as the signed-in person asked for it: only with the youth's MDT
	 * information open to them.
	 */
	@Transactional // not read-only: break-glass use is audited
	public TeamResponse view(UUID id) {
		TeamResponse response = get(id);
		sharing.require(response.youthId(), Category.MDT_MINUTES);
		return audit.seen(VIEWED, response.youthId(), "response", () -> response);
	}

	/**
	 * A response for the module's own use; what the person asked for goes through
	 * {@link #view}.
	 */
	@Transactional(readOnly = true)
	public TeamResponse get(UUID id) {
		ZoneId zone = zone();
		TeamResponse response = jdbc.sql("""
				select id, youth_id, tier, jurisdiction, lead_agency_id, protocol_id, protocol_version, identified_at,
				       closed_at, close_reason
				from response where id = ?""")
			.param(id)
			.query((rs, n) -> new TeamResponse(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class),
					rs.getString("tier"), rs.getString("jurisdiction"), rs.getObject("lead_agency_id", UUID.class),
					rs.getString("protocol_id"), rs.getInt("protocol_version"),
					rs.getTimestamp("identified_at").toInstant().atZone(zone).toOffsetDateTime(), List.of(),
					rs.getTimestamp("closed_at") == null ? null
							: rs.getTimestamp("closed_at").toInstant().atZone(zone).toOffsetDateTime(),
					rs.getString("close_reason")))
			.optional()
			.orElseThrow(() -> new TandemException(ErrorCode.RESPONSE_NOT_FOUND));
		List<TeamResponse.ClockView> clocks = jdbc.sql(CLOCKS + " where c.response_id = ? order by c.due_at")
			.param(id)
			.query((rs, n) -> clock(rs, zone))
			.list();
		return new TeamResponse(response.id(), response.youthId(), response.tier(), response.jurisdiction(),
				response.leadAgencyId(), response.protocolId(), response.protocolVersion(), response.identifiedAt(),
				clocks, response.closedAt(), response.closeReason());
	}

	/**
	 * The youth's newest response (by identification, then start), for the module's own
	 * use; see {@link #get}.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<TeamResponse> latestFor(UUID youthId) {
		return jdbc
			.sql("select id from response where youth_id = ? order by identified_at desc, started_at desc limit 1")
			.param(youthId)
			.query(UUID.class)
			.optional()
			.map(this::get);
	}

	/** The youth's responses, newest first, with their clocks. */
	@Transactional // not read-only: break-glass use is audited
	public List<TeamResponse> forYouth(UUID youthId) {
		youth.requireExists(youthId);
		sharing.require(youthId, Category.MDT_MINUTES);
		return audit.seen(VIEWED, youthId, "responses of the youth",
				() -> jdbc.sql("select id from response where youth_id = ? order by identified_at desc")
					.param(youthId)
					.query(UUID.class)
					.list()
					.stream()
					.map(this::get)
					.toList());
	}

	/**
	 * Records that a clock was met; after its deadline only with the reason for the
	 * delay.
	 */
	public TeamResponse meet(UUID responseId, String name, OffsetDateTime metAt, String breachReason) {
		TeamResponse response = get(responseId);
		sharing.require(response.youthId(), Category.MDT_MINUTES);
		TeamResponse.ClockView clockView = response.clocks()
			.stream()
			.filter(c -> c.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new TandemException(ErrorCode.CLOCK_NOT_FOUND, name));
		if (clockView.metAt() != null) {
			throw new TandemException(ErrorCode.CLOCK_ALREADY_MET);
		}
		Instant met = metAt == null ? clock.instant() : metAt.toInstant();
		if (met.isAfter(clock.instant().plusSeconds(60))) {
			throw TandemException.onField(ErrorCode.DATE_IN_FUTURE, "metAt");
		}
		String reason = Inputs.text(breachReason, "breachReason", 2000);
		if (met.isAfter(clockView.dueAt().toInstant()) && reason == null) {
			throw TandemException.onField(ErrorCode.BREACH_REASON_REQUIRED, "breachReason");
		}
		jdbc.sql("""
				update response_clock set met_at = ?, met_by = ?, breach_reason = ?
				where response_id = ? and name = ? and met_at is null""")
			.params(Timestamp.from(met), Tenancy.currentMember().map(CountyMember::userId).orElse(null), reason,
					responseId, name)
			.update();
		audit.record(CLOCK_MET, response.youthId(), Purpose.MDT, name);
		return get(responseId);
	}

	static final String CLOCKS = """
			select c.response_id, r.youth_id, c.name, c.due_at, c.warn_at, c.owner_agency_id, c.met_at, c.breach_reason
			from response_clock c join response r on r.county_id = c.county_id and r.id = c.response_id""";

	TeamResponse.ClockView clock(ResultSet rs, ZoneId zone) throws SQLException {
		Timestamp met = rs.getTimestamp("met_at");
		return TeamResponse.ClockView.of(rs.getObject("response_id", UUID.class), rs.getObject("youth_id", UUID.class),
				rs.getString("name"), rs.getTimestamp("due_at").toInstant(), rs.getTimestamp("warn_at").toInstant(),
				rs.getObject("owner_agency_id", UUID.class), met == null ? null : met.toInstant(),
				rs.getString("breach_reason"), clock.instant(), zone);
	}

	ZoneId zone() {
		return counties.currentZone();
	}

}
