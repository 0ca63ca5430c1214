package org.tandem.task;

import java.time.Duration;

import org.tandem.sharing.Category;

/**
 * What a task asks, how long the law or the protocol gives for it, and the category of
 * the youth's information its title reveals beyond the team's own work: a report to the
 * hotline reveals a suspicion of exploitation, a missing-youth report or a debrief after
 * return that the youth ran away. Lists and sections show a task only to those who may
 * see that category too.
 */
public enum TaskType {

	/**
	 * Report a suspicion of exploitation (child abuse) to the child abuse hotline;
	 * written report within 36 hours.
	 */
	HOTLINE_REPORT(Duration.ofHours(36), true, Category.CSE_STATUS),
	/**
	 * Report a missing youth in care to law enforcement within 24 hours (federal law).
	 */
	LAW_ENFORCEMENT_MISSING_REPORT(Duration.ofHours(24), true, Category.LOCATION),
	/**
	 * Report a missing youth in care to the National Center for Missing and Exploited
	 * Children within 24 hours.
	 */
	NCMEC_REPORT(Duration.ofHours(24), true, Category.LOCATION),
	/**
	 * Debrief with the youth after a return: why they left, what happened, a trafficking
	 * screening.
	 */
	RUNAWAY_DEBRIEF(Duration.ofHours(72), false, Category.LOCATION),
	/**
	 * Immediate crisis: a safe temporary placement, within the 72 hours of stabilization.
	 */
	CRISIS_PLACEMENT(Duration.ofHours(72), false, Category.MDT_MINUTES),
	/** Immediate crisis: food, shelter, clothing, rest, and the humanitarian bag. */
	CRISIS_BASIC_NEEDS(Duration.ofHours(72), false, Category.MDT_MINUTES),
	/**
	 * Immediate crisis: a comprehensive medical evaluation (a forensic exam if needed).
	 */
	CRISIS_MEDICAL_EVALUATION(Duration.ofHours(72), false, Category.MDT_MINUTES),
	/** Immediate crisis: a mental-health evaluation and crisis support. */
	CRISIS_MENTAL_HEALTH_EVALUATION(Duration.ofHours(72), false, Category.MDT_MINUTES),
	/** Immediate crisis: a first safety plan with the youth. */
	CRISIS_SAFETY_PLAN(Duration.ofHours(72), false, Category.MDT_MINUTES),
	/**
	 * An action item decided in an MDT meeting, in the team's own words
	 * ({@link Task#title()}) and due when the team said; the duration is not used (see
	 * {@link Tasks#assign}).
	 */
	MDT_ACTION_ITEM(Duration.ofDays(30), false, Category.MDT_MINUTES);

	/**
	 * What an immediate crisis owes the youth within 72 hours of identification; opened
	 * together for the lead agency when the response starts (and announced by that start,
	 * not one by one).
	 */
	public static final java.util.Set<TaskType> CRISIS = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(CRISIS_PLACEMENT, CRISIS_BASIC_NEEDS, CRISIS_MEDICAL_EVALUATION,
				CRISIS_MENTAL_HEALTH_EVALUATION, CRISIS_SAFETY_PLAN));

	private final Duration within;

	private final boolean needsReportNumber;

	private final Category reveals;

	TaskType(Duration within, boolean needsReportNumber, Category reveals) {
		this.within = within;
		this.needsReportNumber = needsReportNumber;
		this.reveals = reveals;
	}

	/**
	 * The category of the youth's information this task reveals (its title, its
	 * existence).
	 */
	public Category reveals() {
		return reveals;
	}

	public Duration within() {
		return within;
	}

	public boolean needsReportNumber() {
		return needsReportNumber;
	}

}
