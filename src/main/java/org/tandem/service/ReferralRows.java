package org.tandem.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.county.Agencies;
import org.tandem.county.Agency;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.instrument.Text;
import org.tandem.platform.AgencyId;
import org.tandem.platform.UserId;
import org.tandem.platform.YouthId;
import org.tandem.sharing.Category;

/** The stored referrals and their moves. */
@Component
class ReferralRows {

	/** A referral's row, before names are looked up. */
	record Row(UUID id, UUID youthId, String need, Category category, UUID providerId, UUID programId,
			LocalDate referredOn, ReferralState state) {
	}

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final UserAccounts users;

	ReferralRows(JdbcClient jdbc, Agencies agencies, UserAccounts users) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.users = users;
	}

	void insert(Row row, UUID by, UUID agency, Instant at) {
		jdbc.sql("""
				insert into referral (county_id, id, youth_id, need_code, category, provider_id, program_id,
				    referred_on, state, created_by, created_agency, created_at)
				values (current_county(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.youthId(), row.need(), row.category().name(), row.providerId(), row.programId(),
					row.referredOn(), row.state().name(), by, agency, Timestamp.from(at))
			.update();
	}

	void insertMove(UUID referralId, ReferralState from, ReferralState to, LocalDate on, DeclineReason reason,
			String note, UUID by, UUID agency, Instant at) {
		jdbc.sql("""
				insert into referral_move (county_id, referral_id, seq, from_state, to_state, moved_on, reason, note,
				    moved_by, moved_agency, recorded_at)
				values (current_county(), ?,
				    (select coalesce(max(seq) + 1, 0) from referral_move where referral_id = ?),
				    ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(referralId, referralId, from == null ? null : from.name(), to.name(), on,
					reason == null ? null : reason.name(), note, by, agency, Timestamp.from(at))
			.update();
		jdbc.sql("update referral set state = ? where id = ?").params(to.name(), referralId).update();
	}

	/** The referral, locked until the transaction ends when {@code lock}. */
	Optional<Row> find(UUID id, boolean lock) {
		return jdbc.sql("select * from referral where id = ?" + (lock ? " for update" : ""))
			.param(id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	List<Row> forYouth(UUID youthId) {
		return jdbc.sql("select * from referral where youth_id = ? order by referred_on desc, created_at desc")
			.param(youthId)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The referral with its moves, in the county's time zone and names. */
	Referral whole(Row row, Text needTitle, String providerName, String programName, ZoneId zone) {
		Map<UUID, String> names = new HashMap<>();
		List<Referral.Move> history = jdbc.sql("select * from referral_move where referral_id = ? order by seq")
			.param(row.id())
			.query((rs, n) -> move(rs, zone, names))
			.list();
		return new Referral(new ReferralId(row.id()), new YouthId(row.youthId()), row.need(), needTitle, row.category(),
				row.providerId(), providerName, row.programId(), programName, row.referredOn(), row.state(), history);
	}

	private Referral.Move move(ResultSet rs, ZoneId zone, Map<UUID, String> names) throws SQLException {
		String from = rs.getString("from_state");
		String reason = rs.getString("reason");
		UUID by = rs.getObject("moved_by", UUID.class);
		UUID agency = rs.getObject("moved_agency", UUID.class);
		return new Referral.Move(from == null ? null : ReferralState.valueOf(from),
				ReferralState.valueOf(rs.getString("to_state")), rs.getObject("moved_on", LocalDate.class),
				reason == null ? null : DeclineReason.valueOf(reason), rs.getString("note"),
				by == null ? null
						: names.computeIfAbsent(by,
								id -> users.findById(UserId.of(id)).map(UserAccount::displayName).orElse(null)),
				agency == null ? null : agencies.findById(AgencyId.of(agency)).map(Agency::name).orElse(null),
				rs.getTimestamp("recorded_at").toInstant().atZone(zone).toOffsetDateTime());
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("youth_id", UUID.class), rs.getString("need_code"),
				Category.valueOf(rs.getString("category")), rs.getObject("provider_id", UUID.class),
				rs.getObject("program_id", UUID.class), rs.getObject("referred_on", LocalDate.class),
				ReferralState.valueOf(rs.getString("state")));
	}

}
