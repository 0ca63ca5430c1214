package org.tandem.report;

import java.util.Arrays;
import java.util.List;

import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * The reports, each with its cohort date (the date that places a record in a period) and
 * the ways it can be broken down, the first being the default.
 */
public enum ReportKind {

	IDENTIFICATION("identification", "determinedOn", List.of("agency", "ageBand", "gender", "race", "jurisdiction")),

	SCREENINGS("screenings", "screenedOn", List.of("agency", "setting", "knownYouthFor", "instrument")),

	MDT_TIMELINESS("mdt-timeliness", "identifiedOn", List.of("clock", "agency"));

	private final String path;

	private final String cohortDate;

	private final List<String> breakdowns;

	ReportKind(String path, String cohortDate, List<String> breakdowns) {
		this.path = path;
		this.cohortDate = cohortDate;
		this.breakdowns = breakdowns;
	}

	/** The report's name in URLs ({@code mdt-timeliness}). */
	public String path() {
		return this.path;
	}

	public String cohortDate() {
		return this.cohortDate;
	}

	public List<String> breakdowns() {
		return this.breakdowns;
	}

	public static ReportKind ofPath(String path) {
		return Arrays.stream(values())
			.filter(kind -> kind.path.equals(path))
			.findFirst()
			.orElseThrow(() -> new TandemException(ErrorCode.REPORT_NOT_FOUND, path,
					String.join(", ", Arrays.stream(values()).map(ReportKind::path).toList())));
	}

	/** The breakdown asked for, the default when none. */
	String breakdown(String by) {
		if (by == null || by.isBlank()) {
			return this.breakdowns.get(0);
		}
		if (!this.breakdowns.contains(by)) {
			throw TandemException.onField(ErrorCode.REPORT_BY_UNKNOWN, "by", by, String.join(", ", this.breakdowns));
		}
		return by;
	}

}
