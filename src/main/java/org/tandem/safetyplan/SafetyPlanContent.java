package org.tandem.safetyplan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.Texts;
import org.tandem.platform.TandemException;
import org.tandem.platform.TandemException.FieldError;

/**
 * What a safety plan says, as the team writes it with the youth. Lists hold short texts;
 * blank entries (an empty row of the form) are dropped. Whether the youth took part is
 * always recorded, and when they did not, why.
 */
public record SafetyPlanContent(List<String> risksToYouth, List<String> risksToFamily, List<String> risksToProviders,
		List<String> traumaTriggers, List<String> copingSkills, List<String> preventionSteps,
		List<RunawayStep> ifYouthRuns, String safeTransportation, String youthWords, Boolean youthParticipated,
		String whyNotParticipated, UUID meetingId) {

	public static final int MAX_TEXT = 2000, MAX_ENTRIES = 30;

	/**
	 * The text lists in the order the plan shows them; the names are the API's field
	 * names.
	 */
	public static final List<String> LISTS = List.of("risksToYouth", "risksToFamily", "risksToProviders",
			"traumaTriggers", "copingSkills", "preventionSteps");

	public static SafetyPlanContent empty() {
		return new SafetyPlanContent(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
				null, null, null, null);
	}

	/** A text list by its field name (see {@link #LISTS}). */
	public List<String> list(String name) {
		return switch (name) {
			case "risksToYouth" -> risksToYouth;
			case "risksToFamily" -> risksToFamily;
			case "risksToProviders" -> risksToProviders;
			case "traumaTriggers" -> traumaTriggers;
			case "copingSkills" -> copingSkills;
			case "preventionSteps" -> preventionSteps;
			default -> throw new IllegalArgumentException(name);
		};
	}

	/**
	 * The content as it is kept: texts stripped, blank entries dropped, the reason kept
	 * only when the youth did not take part. Every problem is reported at once, each on
	 * its field's path (for example {@code risksToYouth[3]} or
	 * {@code ifYouthRuns[0].does}) as the client sent it.
	 */
	public SafetyPlanContent checked() {
		List<FieldError> problems = new ArrayList<>();
		Function<String, List<String>> texts = name -> texts(name, list(name), problems);
		List<String> youthRisks = texts.apply("risksToYouth"), familyRisks = texts.apply("risksToFamily"),
				providerRisks = texts.apply("risksToProviders"), triggers = texts.apply("traumaTriggers"),
				coping = texts.apply("copingSkills"), prevention = texts.apply("preventionSteps");
		List<RunawayStep> steps = steps(problems);
		String transport = text("safeTransportation", safeTransportation, problems);
		String words = text("youthWords", youthWords, problems);
		String whyNot = text("whyNotParticipated", whyNotParticipated, problems);
		if (youthParticipated == null) {
			problems.add(FieldError.of("youthParticipated", ErrorCode.PARTICIPATION_NOT_RECORDED));
		}
		else if (!youthParticipated && whyNot == null) {
			problems.add(FieldError.of("whyNotParticipated", ErrorCode.PARTICIPATION_REASON_REQUIRED));
		}
		if (!problems.isEmpty()) {
			throw TandemException.onFields(problems.get(0).code(), problems, problems.get(0).args());
		}
		return new SafetyPlanContent(youthRisks, familyRisks, providerRisks, triggers, coping, prevention, steps,
				transport, words, youthParticipated, youthParticipated ? null : whyNot, meetingId);
	}

	private static List<String> texts(String name, List<String> values, List<FieldError> problems) {
		List<String> kept = new ArrayList<>();
		if (values == null) {
			return kept;
		}
		for (int i = 0; i < values.size(); i++) {
			String value = text(name + "[" + i + "]", values.get(i), problems);
			if (value != null) {
				kept.add(value);
			}
		}
		if (kept.size() > MAX_ENTRIES) {
			problems.add(FieldError.of(name, ErrorCode.SAFETY_PLAN_LIST_TOO_LONG, kept.size(), MAX_ENTRIES));
		}
		return kept;
	}

	private List<RunawayStep> steps(List<FieldError> problems) {
		List<RunawayStep> kept = new ArrayList<>();
		if (ifYouthRuns == null) {
			return kept;
		}
		for (int i = 0; i < ifYouthRuns.size(); i++) {
			RunawayStep step = ifYouthRuns.get(i);
			if (step == null) {
				continue;
			}
			String path = "ifYouthRuns[" + i + "]";
			String who = text(path + ".who", step.who(), problems);
			String does = text(path + ".does", step.does(), problems);
			if (who == null && does == null) {
				continue;
			}
			if (who == null || does == null) {
				problems.add(FieldError.of(path + (who == null ? ".who" : ".does"), ErrorCode.RUN_STEP_INCOMPLETE));
			}
			kept.add(new RunawayStep(who, does));
		}
		if (kept.size() > MAX_ENTRIES) {
			problems.add(FieldError.of("ifYouthRuns", ErrorCode.SAFETY_PLAN_LIST_TOO_LONG, kept.size(), MAX_ENTRIES));
		}
		return kept;
	}

	/** The text as typed (kept for the form even when too long), its problem added. */
	private static String text(String path, String value, List<FieldError> problems) {
		Inputs.collect(problems, () -> Inputs.text(value, path, MAX_TEXT));
		return Texts.blankToNull(value);
	}
}
