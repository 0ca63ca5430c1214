package org.tandem.sharing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.Tenancy;

/**
 * The disclosure rules in force: the county's newest imported version, or the model rules shipped
 * with Tandem ({@value #SHIPPED}). Versions never change once stored, so compiled versions are kept;
 * which version is newest is asked again at most every {@link #RECHECK_NANOS} (an import on this
 * instance takes effect at once, one on another instance within that time).
 */
@Component
@Transactional(readOnly = true)
public class DisclosureRulesCatalogue {

	static final String SHIPPED = "sharing/model-disclosure-rules.yaml";

	static final long RECHECK_NANOS = 30_000_000_000L;

	private record Cached(DisclosureRules rules, long checkedAt) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final DisclosureRules shipped;
	private final String shippedText;
	private final Map<UUID, Cached> current = new ConcurrentHashMap<>();
	private final Map<String, DisclosureRules> versions = new ConcurrentHashMap<>();

	DisclosureRulesCatalogue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.shippedText = read(SHIPPED);
		this.shipped = loadShipped(shippedText);
	}

	/** The model rules shipped with Tandem. */
	public DisclosureRules shipped() {
		return shipped;
	}

	String shippedText() {
		return shippedText;
	}

	/** The rules in force in the current county (the shipped ones where it imported none). */
	public DisclosureRules current() {
		Optional<UUID> county = Tenancy.currentCounty();
		if (county.isEmpty()) {
			return shipped;
		}
		long now = System.nanoTime();
		Cached cached = current.get(county.get());
		if (cached != null && now - cached.checkedAt() < RECHECK_NANOS) {
			return cached.rules();
		}
		DisclosureRules rules = newest(county.get());
		current.put(county.get(), new Cached(rules, now));
		return rules;
	}

	/** The text of the rules in force, exactly as imported (or shipped). */
	String currentText() {
		return jdbc.sql("select definition from disclosure_rules_version order by version desc limit 1")
			.query(String.class)
			.optional()
			.orElse(shippedText);
	}

	/** Stores a new version for the current county; it must be valid and numbered above the newest. */
	@Transactional
	public DisclosureRules importRules(byte[] definition, UUID importedBy) {
		DisclosureRules rules = DisclosureRulesLoader.load(definition, "county");
		UUID county = Tenancy.currentCounty().orElseThrow();
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('disclosure-rules:' || ?, 0))")
			.param(county.toString())
			.query()
			.singleRow();
		Integer newest = jdbc.sql("select coalesce(max(version), 0) from disclosure_rules_version").query(Integer.class).single();
		if (rules.version() <= newest) {
			throw TandemException.onField(ErrorCode.T4101, "version", newest);
		}
		try {
			jdbc.sql("""
					insert into disclosure_rules_version (county_id, version, rules_id, definition, imported_by, imported_at)
					values (current_county(), ?, ?, ?, ?, ?)""")
				.params(rules.version(), rules.id(), new String(definition, StandardCharsets.UTF_8), importedBy,
						Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw TandemException.onField(ErrorCode.T4101, "version", rules.version());
		}
		// not in the audit log: recording with no youth fails there (List.of(null)), and the rules
		// are no youth's data; the row itself keeps who imported what, when
		versions.put(county + "@" + rules.version(), rules);
		current.remove(county);
		return rules;
	}

	private DisclosureRules newest(UUID county) {
		Integer newest = jdbc.sql("select coalesce(max(version), 0) from disclosure_rules_version").query(Integer.class).single();
		if (newest == 0) {
			return shipped;
		}
		return versions.computeIfAbsent(county + "@" + newest, key -> jdbc
			.sql("select definition from disclosure_rules_version where version = ?")
			.param(newest)
			.query(String.class)
			.optional()
			.map(text -> DisclosureRulesLoader.load(text, "county"))
			.orElse(shipped));
	}

	/** Rules that are part of Tandem; invalid ones are a bug in the release and stop the start. */
	static DisclosureRules loadShipped(String text) {
		try {
			return DisclosureRulesLoader.load(text, "shipped");
		}
		catch (TandemException ex) {
			throw org.tandem.platform.DefinitionReader.shippedInvalid("disclosure rules " + SHIPPED, ex);
		}
	}

	private static String read(String name) {
		try {
			return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The shipped disclosure rules " + name + " are part of Tandem", ex);
		}
	}
}
