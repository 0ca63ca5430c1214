package org.tandem.response;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the hotline heard, the speed and jurisdiction it decided, and the response that
 * report started. Times are shown with the county's offset.
 */
public record HotlineReport(UUID id, UUID youthId, OffsetDateTime receivedAt, String reporterKind, String reporterName,
		String reporterContact, String youthLocation, String concerns, UUID responseId, String tier,
		String jurisdiction, UUID leadAgencyId, OffsetDateTime recordedAt) {

	/** Who called. Anonymous reports are taken like any other. */
	public static final java.util.List<String> REPORTER_KINDS = java.util.List.of("MANDATED_REPORTER",
			"LAW_ENFORCEMENT", "FAMILY", "YOUTH", "COMMUNITY", "ANONYMOUS", "OTHER");

	/** The hotline decides between these two speeds; ongoing MDTs follow later. */
	public static final java.util.List<String> SPEEDS = java.util.List.of("IMMEDIATE_CRISIS", "INITIAL_MDT");

	/** What the hotline can know about jurisdiction at the time of the call. */
	public static final java.util.List<String> JURISDICTIONS = java.util.List.of("CHILD_WELFARE", "PROBATION",
			"UNKNOWN");

	/**
	 * A report as typed in the form or sent to the API; nothing in it is trusted until
	 * checked.
	 *
	 * @param mandatedReportTaskIds open mandated-report tasks of the youth this call
	 * answers (the reporter's duty to report the same suspicion is done by it)
	 * @param confirmSecondCrisis true to start an immediate crisis although one is open
	 * for the youth
	 */
	public record Form(UUID youthId, OffsetDateTime receivedAt, String reporterKind, String reporterName,
			String reporterContact, String youthLocation, String concerns, String speed, String jurisdiction,
			java.util.List<UUID> mandatedReportTaskIds, Boolean confirmSecondCrisis) {
	}
}
