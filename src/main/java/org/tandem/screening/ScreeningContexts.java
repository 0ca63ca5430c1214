package org.tandem.screening;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The setting of each screening and how long its screener had known the youth. Written
 * while the screening is a draft, or in the transaction that records a complete one; a
 * submitted screening's context never changes afterwards. Each call runs in a county
 * transaction (row-level security shows nothing outside one), joining the caller's.
 */
@Repository
@Transactional
class ScreeningContexts {

	private final JdbcClient jdbc;

	ScreeningContexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ScreeningContext of(UUID screeningId) {
		return this.jdbc.sql("select setting, known_youth_for from screening where id = ?")
			.param(screeningId)
			.query((rs, n) -> new ScreeningContext(
					rs.getString("setting") == null ? null : ScreeningSetting.valueOf(rs.getString("setting")),
					rs.getString("known_youth_for") == null ? null
							: KnownYouthFor.valueOf(rs.getString("known_youth_for"))))
			.optional()
			.orElse(ScreeningContext.NONE);
	}

	/** Keeps the context of a draft; a submitted screening is left as it is. */
	void keepForDraft(UUID screeningId, ScreeningContext context) {
		this.jdbc
			.sql("update screening set setting = :setting, known_youth_for = :known where id = :id"
					+ " and status = 'DRAFT'")
			.param("setting", context.setting() == null ? null : context.setting().name())
			.param("known", context.knownYouthFor() == null ? null : context.knownYouthFor().name())
			.param("id", screeningId)
			.update();
	}

	/**
	 * Records the context of a screening submitted in this very transaction (the API
	 * records and submits in one step).
	 */
	void recordForNew(UUID screeningId, ScreeningContext context) {
		this.jdbc
			.sql("update screening set setting = :setting, known_youth_for = :known where id = :id"
					+ " and setting is null and known_youth_for is null")
			.param("setting", context.setting() == null ? null : context.setting().name())
			.param("known", context.knownYouthFor() == null ? null : context.knownYouthFor().name())
			.param("id", screeningId)
			.update();
	}

}
