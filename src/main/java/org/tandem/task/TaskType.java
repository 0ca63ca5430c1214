package org.tandem.task;

import java.time.Duration;

/** What a task asks and how long the law or the protocol gives for it. */
public enum TaskType {
	/** Report a suspicion of exploitation (child abuse) to the child abuse hotline; written report within 36 hours. */
	HOTLINE_REPORT(Duration.ofHours(36), true),
	/** Report a missing youth in care to law enforcement within 24 hours (federal law). */
	LAW_ENFORCEMENT_MISSING_REPORT(Duration.ofHours(24), true),
	/** Report a missing youth in care to the National Center for Missing and Exploited Children within 24 hours. */
	NCMEC_REPORT(Duration.ofHours(24), true),
	/** Debrief with the youth after a return: why they left, what happened, a trafficking screening. */
	RUNAWAY_DEBRIEF(Duration.ofHours(72), false),
	/** Immediate crisis: a safe temporary placement, within the 72 hours of stabilization. */
	CRISIS_PLACEMENT(Duration.ofHours(72), false),
	/** Immediate crisis: food, shelter, clothing, rest, and the humanitarian bag. */
	CRISIS_BASIC_NEEDS(Duration.ofHours(72), false),
	/** Immediate crisis: a comprehensive medical evaluation (a forensic exam if needed). */
	CRISIS_MEDICAL_EVALUATION(Duration.ofHours(72), false),
	/** Immediate crisis: a mental-health evaluation and crisis support. */
	CRISIS_MENTAL_HEALTH_EVALUATION(Duration.ofHours(72), false),
	/** Immediate crisis: a first safety plan with the youth. */
	CRISIS_SAFETY_PLAN(Duration.ofHours(72), false),
	/**
	 * An action item decided in an MDT meeting, in the team's own words ({@link Task#title()}) and due
	 * when the team said; the duration is not used (see {@link Tasks#assign}).
	 */
	MDT_ACTION_ITEM(Duration.ofDays(30), false);

	/**
	 * What an immediate crisis owes the youth within 72 hours of identification; opened together
	 * for the lead agency when the response starts (and announced by that start, not one by one).
	 */
	public static final java.util.Set<TaskType> CRISIS = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
			CRISIS_PLACEMENT, CRISIS_BASIC_NEEDS, CRISIS_MEDICAL_EVALUATION, CRISIS_MENTAL_HEALTH_EVALUATION,
			CRISIS_SAFETY_PLAN));

	private final Duration within;
	private final boolean needsReportNumber;

	TaskType(Duration within, boolean needsReportNumber) {
		this.within = within;
		this.needsReportNumber = needsReportNumber;
	}

	public Duration within() {
		return within;
	}

	public boolean needsReportNumber() {
		return needsReportNumber;
	}
}
