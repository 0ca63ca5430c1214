package org.tandem.sharing;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;

/**
 * The names of the youth on one page of a list (clocks, tasks, meeting proposals,
 * notifications) as the signed-in person may see them. The decision point is asked for
 * {@link Category#IDENTITY} once per distinct youth and every allowed name is read in one
 * query, so a page of 100 rows costs one name query, not 100. A youth whose name may not
 * be shown is absent from the answer: the page says "a youth on your caseload" instead.
 * The youth named are written to the audit log as listed.
 *
 * <p>
 * Names are read from the youth module's published roster ({@code youth_roster}) with
 * SQL, as {@link YouthRows} does: the youth module calls sharing, so sharing must not
 * call it back.
 */
@Service
@Transactional // not read-only: the names shown are audited
public class YouthNames {

	/**
	 * The action the youth registry writes for a youth shown in a list (see
	 * {@link AuditActions}).
	 */
	private static final String LISTED = "YOUTH_LISTED";

	private final JdbcClient jdbc;

	private final Disclosures disclosures;

	private final AuditLog audit;

	YouthNames(JdbcClient jdbc, Disclosures disclosures, AuditLog audit) {
		this.jdbc = jdbc;
		this.disclosures = disclosures;
		this.audit = audit;
	}

	/**
	 * The name each youth goes by (preferred or first name, and last name), for those the
	 * signed-in person may see; {@code list} says where they were shown, for the audit
	 * log.
	 */
	public Map<UUID, String> visible(Collection<UUID> youthIds, String list) {
		Purpose purpose = Purpose.current();
		List<UUID> allowed = new LinkedHashSet<>(youthIds).stream()
			.filter(id -> id != null && disclosures.decide(id, Category.IDENTITY, purpose).allowed())
			.toList();
		Map<UUID, String> names = new HashMap<>();
		if (allowed.isEmpty()) {
			return names;
		}
		jdbc.sql("""
				select id, coalesce(nullif(preferred_name, ''), first_name) || ' ' || last_name as name
				from youth_roster where id = any(cast(? as uuid[]))""")
			.param(allowed.toArray(UUID[]::new))
			.query(rs -> {
				names.put(rs.getObject("id", UUID.class), rs.getString("name"));
			});
		audit.recordAll(LISTED, names.keySet(), purpose, list);
		return names;
	}

}
