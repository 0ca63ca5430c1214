package org.tandem.sharing;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one catalogue of audit actions for the accounting of disclosures: for each action
 * written to the audit log anywhere in Tandem, which categories of the youth's
 * information it revealed or recorded, and how. A test scans the sources so that a new
 * action cannot be forgotten here; an action missing all the same is listed as "other
 * record", never dropped.
 *
 * <p>
 * The action names are written out, not imported, because the modules that own them call
 * sharing.
 */
public final class AuditActions {

	/**
	 * What happened to the information: seen, recorded, received (sent to the person),
	 * refused, or unknown.
	 */
	public enum Kind {

		SAW, RECORDED, RECEIVED, REFUSED, OTHER

	}

	/** How an action counts in the accounting; {@code emergency} marks break-glass. */
	public record Meaning(Set<Category> categories, Kind kind, boolean emergency) {
	}

	private static final Map<String, Meaning> ACTIONS = new HashMap<>();

	/**
	 * Actions whose detail starts with the categories they concern, comma-separated
	 * ({@code SERVICES,MENTAL_HEALTH version 3}), beyond their own.
	 */
	private static final Set<String> CATEGORIES_IN_DETAIL = new java.util.HashSet<>();

	/** Actions whose detail begins with the one category the entry concerns. */
	private static final Set<String> CATEGORY_IN_DETAIL = Set.of("OUTCOMES_VIEWED", "OUTCOME_OBSERVED",
			"HARM_REDUCTION_NOTED");

	static {
		// youth registry (org.tandem.youth.YouthRegistry)
		put("YOUTH_CREATED", Kind.RECORDED, Category.IDENTITY);
		put("YOUTH_UPDATED", Kind.RECORDED, Category.IDENTITY);
		put("YOUTH_VIEWED", Kind.SAW, Category.IDENTITY);
		put("YOUTH_LISTED", Kind.SAW, Category.IDENTITY);
		// placements and runaway episodes (org.tandem.youth.PlacementsAndEpisodes): where
		// the youth is
		put("PLACEMENT_RECORDED", Kind.RECORDED, Category.LOCATION);
		put("PLACEMENT_ENDED", Kind.RECORDED, Category.LOCATION);
		put("EPISODE_STARTED", Kind.RECORDED, Category.LOCATION);
		put("EPISODE_ENDED", Kind.RECORDED, Category.LOCATION);
		put("HISTORY_VIEWED", Kind.SAW, Category.LOCATION);
		// screening (org.tandem.screening.ScreeningService, ScreeningSchedule,
		// ScreeningImport)
		put("SCREENING_STARTED", Kind.RECORDED, Category.SCREENING_ANSWERS);
		put("SCREENING_DRAFT_SAVED", Kind.RECORDED, Category.SCREENING_ANSWERS);
		put("SCREENING_SUBMITTED", Kind.RECORDED, Category.SCREENING_ANSWERS, Category.SCREENING_RESULTS);
		put("SCREENING_AMENDED", Kind.RECORDED, Category.SCREENING_ANSWERS, Category.SCREENING_RESULTS);
		put("SCREENING_VIEWED", Kind.SAW, Category.SCREENING_ANSWERS, Category.SCREENING_RESULTS);
		put("SCREENING_TRIGGER_RECORDED", Kind.RECORDED, Category.SCREENING_RESULTS);
		// determinations and incidents (org.tandem.status.StatusService)
		put("DETERMINATION_RECORDED", Kind.RECORDED, Category.CSE_STATUS);
		put("DETERMINATION_CLOSED", Kind.RECORDED, Category.CSE_STATUS);
		put("INCIDENT_RECORDED", Kind.RECORDED, Category.CSE_STATUS);
		put("STATUS_VIEWED", Kind.SAW, Category.CSE_STATUS);
		// hotline reports: a suspicion of exploitation; responses, clocks, tasks: the
		// team's coordination
		put("HOTLINE_REPORT_RECORDED", Kind.RECORDED, Category.CSE_STATUS);
		put("HOTLINE_REPORT_VIEWED", Kind.SAW, Category.CSE_STATUS);
		put("RESPONSE_STARTED", Kind.RECORDED, Category.MDT_MINUTES);
		put("RESPONSE_VIEWED", Kind.SAW, Category.MDT_MINUTES);
		put("CLOCKS_LISTED", Kind.SAW, Category.MDT_MINUTES);
		put("TASKS_LISTED", Kind.SAW, Category.MDT_MINUTES);
		put("CLOCK_MET", Kind.RECORDED, Category.MDT_MINUTES);
		put("TASK_DONE", Kind.RECORDED, Category.MDT_MINUTES);
		put("TASK_REASSIGNED", Kind.RECORDED, Category.MDT_MINUTES);
		put("RESPONSE_CLOSED", Kind.RECORDED, Category.MDT_MINUTES);
		// the engagement record says where the youth is staying
		put("ENGAGEMENT_SAVED", Kind.RECORDED, Category.LOCATION);
		put("ENGAGEMENT_VIEWED", Kind.SAW, Category.LOCATION);
		// MDT meetings and proposals (org.tandem.meeting)
		put("MEETING_SCHEDULED", Kind.RECORDED, Category.MDT_MINUTES);
		put("MEETING_CANCELLED", Kind.RECORDED, Category.MDT_MINUTES);
		put("MEETING_MINUTES_RECORDED", Kind.RECORDED, Category.MDT_MINUTES);
		put("MEETING_VIEWED", Kind.SAW, Category.MDT_MINUTES);
		put("MEETINGS_LISTED", Kind.SAW, Category.MDT_MINUTES);
		put("MDT_PROPOSED", Kind.RECORDED, Category.MDT_MINUTES);
		put("MDT_PROPOSAL_DISMISSED", Kind.RECORDED, Category.MDT_MINUTES);
		put("MDT_PROPOSALS_LISTED", Kind.SAW, Category.MDT_MINUTES);
		// safety plans and the needs and strengths assessment (org.tandem.safetyplan,
		// .assessment)
		put("SAFETY_PLAN_SAVED", Kind.RECORDED, Category.SAFETY_PLAN);
		put("SAFETY_PLAN_VIEWED", Kind.SAW, Category.SAFETY_PLAN);
		put("SAFETY_PLAN_PRINTED", Kind.RECEIVED, Category.SAFETY_PLAN);
		put("ASSESSMENT_SCHEDULE_VIEWED", Kind.SAW, Category.ASSESSMENTS);
		// service plans and referrals (org.tandem.service): each need is its own
		// category,
		// so the entry's detail starts with the categories seen or recorded
		put("SERVICE_PLAN_SAVED", Kind.RECORDED, Category.SERVICES);
		put("SERVICE_PLAN_VIEWED", Kind.SAW, Category.SERVICES);
		put("SERVICE_SUGGESTIONS_VIEWED", Kind.SAW, Category.SERVICES, Category.ASSESSMENTS);
		put("REFERRAL_MADE", Kind.RECORDED, Category.SERVICES);
		put("REFERRAL_MOVED", Kind.RECORDED, Category.SERVICES);
		put("REFERRALS_VIEWED", Kind.SAW, Category.SERVICES);
		CATEGORIES_IN_DETAIL.addAll(List.of("SERVICE_PLAN_SAVED", "SERVICE_PLAN_VIEWED", "SERVICE_SUGGESTIONS_VIEWED",
				"REFERRAL_MADE", "REFERRAL_MOVED", "REFERRALS_VIEWED"));
		// aggregate reads about no single youth (org.tandem.evidence): audited for the
		// county, never in a youth's accounting
		ACTIONS.put("VALIDATION_VIEWED", new Meaning(Set.of(), Kind.OTHER, false));
		ACTIONS.put("AGREEMENT_VIEWED", new Meaning(Set.of(), Kind.OTHER, false));
		// sharing itself
		put("TEAM_JOINED", Kind.RECORDED, Category.IDENTITY);
		put("TEAM_LEFT", Kind.RECORDED, Category.IDENTITY);
		put("TEAM_VIEWED", Kind.SAW, Category.IDENTITY);
		put("CONSENT_RECORDED", Kind.RECORDED, Category.IDENTITY);
		put("CONSENT_REVOKED", Kind.RECORDED, Category.IDENTITY);
		put("CONSENTS_VIEWED", Kind.SAW, Category.IDENTITY);
		put("DISCLOSURES_VIEWED", Kind.SAW, Category.IDENTITY);
		put("ACCESS_VIEWED", Kind.SAW, Category.IDENTITY);
		ACTIONS.put("BREAK_GLASS", new Meaning(Set.of(), Kind.OTHER, true));
		ACTIONS.put("BREAK_GLASS_REVIEWED", new Meaning(Set.of(), Kind.OTHER, true));
		// the category opened is the entry's detail
		ACTIONS.put("BREAK_GLASS_USED", new Meaning(Set.of(), Kind.SAW, true));
		// a refused read: the category asked for and the reason are the entry's detail;
		// nothing was seen
		ACTIONS.put(Refusals.REFUSED, new Meaning(Set.of(), Kind.REFUSED, false));
		// outcomes (org.tandem.outcome): the measure's category is the first word of the
		// detail (outcomes, mental health or substance use, by the measure's domain)
		put("OUTCOMES_VIEWED", Kind.SAW, Category.OUTCOMES, Category.MENTAL_HEALTH, Category.SUBSTANCE_USE);
		put("OUTCOME_OBSERVED", Kind.RECORDED, Category.OUTCOMES, Category.MENTAL_HEALTH, Category.SUBSTANCE_USE);
		put("STAGE_OF_CHANGE_RECORDED", Kind.RECORDED, Category.OUTCOMES);
		put("STAGES_OF_CHANGE_VIEWED", Kind.SAW, Category.OUTCOMES);
		put("HARM_REDUCTION_NOTED", Kind.RECORDED, Category.OUTCOMES, Category.MENTAL_HEALTH, Category.SUBSTANCE_USE);
	}

	private AuditActions() {
	}

	private static void put(String action, Kind kind, Category... categories) {
		Set<Category> set = EnumSet.noneOf(Category.class);
		set.addAll(List.of(categories));
		ACTIONS.put(action, new Meaning(java.util.Collections.unmodifiableSet(set), kind, false));
	}

	/** Whether the catalogue knows the action. */
	public static boolean knows(String action) {
		return ACTIONS.containsKey(action);
	}

	/** What an entry means; an unknown action is an "other record", with no category. */
	public static Meaning meaning(String action, String detail) {
		Meaning meaning = ACTIONS.get(action);
		if (meaning == null) {
			return new Meaning(Set.of(), Kind.OTHER, false);
		}
		if (CATEGORIES_IN_DETAIL.contains(action) && detail != null) {
			Set<Category> categories = EnumSet.noneOf(Category.class);
			categories.addAll(meaning.categories());
			for (String name : detail.strip().split(" ")[0].split(",")) {
				try {
					categories.add(Category.valueOf(name));
				}
				catch (IllegalArgumentException ex) {
					// a detail without categories: the action's own are enough
				}
			}
			return new Meaning(java.util.Collections.unmodifiableSet(categories), meaning.kind(), meaning.emergency());
		}
		if (("BREAK_GLASS_USED".equals(action) || Refusals.REFUSED.equals(action)
				|| CATEGORY_IN_DETAIL.contains(action)) && detail != null) {
			try {
				return new Meaning(Set.of(Category.valueOf(detail.strip().split(" ")[0])), meaning.kind(),
						meaning.emergency());
			}
			catch (IllegalArgumentException ex) {
				return meaning;
			}
		}
		return meaning;
	}

	static Set<String> actions() {
		return Set.copyOf(ACTIONS.keySet());
	}

}
