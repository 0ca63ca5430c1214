package org.tandem.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.Count;
import org.tandem.platform.CountTable;
import org.tandem.platform.SuppressedTable;
import org.tandem.platform.Suppression;

/**
 * Makes the reports: every breakdown of a report for the period is suppressed together,
 * as one page, so that asking for one breakdown and then another gives nothing away that
 * the page would not; then the breakdown asked for is returned.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	private final IdentificationCounts identification;

	private final ScreeningCounts screenings;

	private final ClockCounts clocks;

	private final Suppression suppression;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	Reports(IdentificationCounts identification, ScreeningCounts screenings, ClockCounts clocks,
			Suppression suppression, MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.identification = identification;
		this.screenings = screenings;
		this.clocks = clocks;
		this.suppression = suppression;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Today in the county, for the default period. */
	public LocalDate today() {
		String zone = this.jdbc.sql("select time_zone from county_time_zone where id = current_county()")
			.query(String.class)
			.optional()
			.orElse("America/Los_Angeles");
		return LocalDate.now(this.clock.withZone(ZoneId.of(zone)));
	}

	ReportResult make(ReportKind kind, String from, String to, String by, Locale locale) {
		String breakdown = kind.breakdown(by);
		Period period = Period.of(from, to, today());
		Instant asOf = this.clock.instant();
		Map<String, CountTable> tables = switch (kind) {
			case IDENTIFICATION -> this.identification.tables(period);
			case SCREENINGS -> this.screenings.tables(period);
			case MDT_TIMELINESS -> this.clocks.tables(period, asOf);
		};
		List<String> names = new ArrayList<>(tables.keySet());
		List<SuppressedTable> page = this.suppression.page(new ArrayList<>(tables.values()));
		SuppressedTable table = page.get(names.indexOf(breakdown));
		Map<String, Object> medians = kind == ReportKind.MDT_TIMELINESS
				? medians(table, this.clocks.medians(period, breakdown)) : null;
		return new ReportResult(kind, period, breakdown, table, medians, notes(kind, breakdown, asOf, locale),
				kind == ReportKind.MDT_TIMELINESS ? asOf : null);
	}

	/**
	 * A row's median is shown only when its met clocks are shown and number at least the
	 * threshold: a median of a few clocks would tell one youth's response apart.
	 */
	private Map<String, Object> medians(SuppressedTable table, Map<String, ClockCounts.Median> medians) {
		Map<String, Object> shown = new LinkedHashMap<>();
		int onTime = table.columns().indexOf("MET_ON_TIME");
		int late = table.columns().indexOf("MET_LATE");
		for (int r = 0; r < table.rows().size(); r++) {
			String row = table.rows().get(r);
			ClockCounts.Median median = medians.get(row);
			Count metOnTime = table.cell(r, onTime);
			Count metLate = table.cell(r, late);
			if (median == null || median.hours() == null) {
				continue;
			}
			boolean show = !metOnTime.isHidden() && !metLate.isHidden() && median.met() >= this.suppression.threshold();
			shown.put(row, show ? Math.round(median.hours() * 10) / 10.0 : this.suppression.marker());
		}
		return shown;
	}

	private List<String> notes(ReportKind kind, String by, Instant asOf, Locale locale) {
		List<String> notes = new ArrayList<>();
		notes.add(text("report.note.suppressed", locale, this.suppression.marker(), this.suppression.threshold()));
		notes.add(text("report.note." + kind.path(), locale));
		if (kind == ReportKind.IDENTIFICATION && by.equals("race")) {
			notes.add(text("report.note.race", locale));
		}
		if (kind == ReportKind.IDENTIFICATION && by.equals("gender")) {
			notes.add(text("report.note.gender", locale));
		}
		if (kind == ReportKind.MDT_TIMELINESS) {
			notes.add(text("report.note.asOf", locale, asOf.toString(), this.suppression.threshold()));
		}
		return notes;
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
