package org.tandem.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.CountyMember;
import org.tandem.platform.Tenancy;

/**
 * Appends to and reads the audit log of the current county. Appends join the caller's
 * transaction, so a change and its audit entry commit or fail together. Entries of one
 * county are serialised by an advisory lock to keep the chain linear.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private static final String COLUMNS = """
			county_id, seq, occurred_at, actor_id, actor_username, actor_roles, actor_agency_id, action, youth_id,
			purpose, detail, prev_hash, hash""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records that the current user did something to (or saw) one youth's record, or
	 * none.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, UUID youthId, Purpose purpose, String detail) {
		// an entry about no youth (an aggregate) holds null, which List.of refuses
		recordAll(action, Collections.singletonList(youthId), purpose, detail);
	}

	/**
	 * Reads something about one youth and records, in the same transaction, that it was
	 * seen for the current purpose: what is returned is always in the log.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public <T> T seen(String action, UUID youthId, String detail, Supplier<T> read) {
		T found = read.get();
		record(action, youthId, Purpose.current(), detail);
		return found;
	}

	/** Records one entry per youth, for example each youth shown in a search result. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAll(String action, Collection<UUID> youthIds, Purpose purpose, String detail) {
		if (youthIds.isEmpty()) {
			return;
		}
		UUID county = Tenancy.currentCounty()
			.orElseThrow(() -> new IllegalStateException("An audit entry needs a county"));
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('audit:' || ?, 0))")
			.param(county.toString())
			.query()
			.singleRow();
		var last = jdbc.sql("select seq, hash from audit_event where county_id = ? order by seq desc limit 1")
			.param(county)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		long seq = last.map(row -> (Long) row[0]).orElse(0L);
		String prevHash = last.map(row -> (String) row[1]).orElse(AuditEntry.GENESIS);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		CountyMember actor = Tenancy.currentMember().orElse(null);
		int n = youthIds.size();
		Long[] seqs = new Long[n];
		UUID[] youth = new UUID[n];
		String[] prevHashes = new String[n];
		String[] hashes = new String[n];
		int i = 0;
		for (UUID youthId : youthIds) {
			AuditEntry entry = new AuditEntry(county, ++seq, now, actor == null ? null : actor.userId(),
					actor == null ? "system" : actor.username(),
					actor == null ? "" : String.join(",", actor.roleNames()), actor == null ? null : actor.agencyId(),
					action, youthId, purpose.name(), detail, prevHash, null);
			String hash = entry.expectedHash();
			seqs[i] = entry.seq();
			youth[i] = youthId;
			prevHashes[i] = prevHash;
			hashes[i++] = hash;
			prevHash = hash;
		}
		// One statement however many entries: the arrays are unnested in step.
		jdbc.sql("""
				insert into audit_event (%s)
				select :county::uuid, e.seq, :at::timestamptz, :actorId::uuid, :actorUsername::text, :actorRoles::text,
				       :actorAgency::uuid, :action::text, e.youth_id, :purpose::text, :detail::text, e.prev_hash, e.hash
				from unnest(:seqs::bigint[], :youth::uuid[], :prevHashes::text[], :hashes::text[])
				     as e(seq, youth_id, prev_hash, hash)""".formatted(COLUMNS))
			.param("county", county)
			.param("at", Timestamp.from(now))
			.param("actorId", actor == null ? null : actor.userId())
			.param("actorUsername", actor == null ? "system" : actor.username())
			.param("actorRoles", actor == null ? "" : String.join(",", actor.roleNames()))
			.param("actorAgency", actor == null ? null : actor.agencyId())
			.param("action", action)
			.param("purpose", purpose.name())
			.param("detail", detail)
			.param("seqs", seqs)
			.param("youth", youth)
			.param("prevHashes", prevHashes)
			.param("hashes", hashes)
			.update();
	}

	/** The newest entries about one youth. */
	public List<AuditEntry> forYouth(UUID youthId, int limit) {
		return page(youthId, null, limit);
	}

	/**
	 * The newest entries, a page at a time, going back from {@code beforeSeq} (exclusive)
	 * when given.
	 */
	public List<AuditEntry> recent(Long beforeSeq, int limit) {
		return page(null, beforeSeq, limit);
	}

	/**
	 * One page of the county's entries, newest first: those about one youth when
	 * {@code youthId} is given, and those older than {@code beforeSeq} (exclusive) when
	 * it is given. The last entry's {@code seq} is the {@code beforeSeq} of the next
	 * page; every entry is reached.
	 */
	public List<AuditEntry> page(UUID youthId, Long beforeSeq, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from audit_event
				where county_id = current_county() and (:youth::uuid is null or youth_id = :youth)
				  and (:before::bigint is null or seq < :before)
				order by seq desc limit :limit""")
			.param("youth", youthId)
			.param("before", beforeSeq)
			.param("limit", limit)
			.query(AuditLog::map)
			.list();
	}

	/** Every entry about one youth, oldest first, streamed rather than loaded. */
	public void eachAbout(UUID youthId, Consumer<AuditEntry> each) {
		jdbc.sql("select " + COLUMNS
				+ " from audit_event where county_id = current_county() and youth_id = ? order by seq")
			.param(youthId)
			.withFetchSize(1000)
			.query(rs -> {
				each.accept(map(rs, 0));
			});
	}

	/**
	 * Walks the whole chain of the current county in order, streaming rather than loading
	 * it.
	 */
	public ChainVerification verify() {
		AtomicLong count = new AtomicLong();
		AtomicReference<String> previous = new AtomicReference<>(AuditEntry.GENESIS);
		AtomicReference<Long> broken = new AtomicReference<>();
		jdbc.sql("select " + COLUMNS + " from audit_event where county_id = current_county() order by seq")
			.withFetchSize(1000)
			.query(rs -> {
				AuditEntry entry = map(rs, 0);
				count.incrementAndGet();
				boolean linked = entry.prevHash().equals(previous.get()) && entry.seq() == count.get();
				if (broken.get() == null && (!linked || !entry.expectedHash().equals(entry.hash()))) {
					broken.set(entry.seq());
				}
				previous.set(entry.hash());
			});
		return ChainVerification.of(count.get(), broken.get());
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getObject("county_id", UUID.class), rs.getLong("seq"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
				rs.getString("actor_username"), rs.getString("actor_roles"),
				rs.getObject("actor_agency_id", UUID.class), rs.getString("action"),
				rs.getObject("youth_id", UUID.class), rs.getString("purpose"), rs.getString("detail"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

}
