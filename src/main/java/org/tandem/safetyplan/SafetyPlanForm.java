package org.tandem.safetyplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.MultiValueMap;

/**
 * The safety plan form as typed: rows of every list (blank rows too, so what the page
 * shows is what was sent and error paths point at the right row), the participation
 * answer as text.
 */
public final class SafetyPlanForm {

	final Map<String, List<String>> lists = new LinkedHashMap<>();

	final List<RunawayStep> runs = new ArrayList<>();

	String safeTransportation, youthWords, youthParticipated, whyNotParticipated, meetingId;

	int basedOnVersion;

	/**
	 * A new version starts as a copy of the newest, or empty, with one row to type in for
	 * each empty list.
	 */
	static SafetyPlanForm from(SafetyPlan newest, UUID meetingId) {
		SafetyPlanForm form = new SafetyPlanForm();
		SafetyPlanContent content = newest == null ? SafetyPlanContent.empty() : newest.content();
		for (String list : SafetyPlanContent.LISTS) {
			form.lists.put(list, new ArrayList<>(content.list(list)));
		}
		form.runs.addAll(content.ifYouthRuns());
		form.safeTransportation = content.safeTransportation();
		form.youthWords = content.youthWords();
		form.meetingId = meetingId == null ? null : meetingId.toString();
		form.basedOnVersion = newest == null ? 0 : newest.version();
		// whether the youth takes part is asked again for every version
		form.padEmptyLists();
		return form;
	}

	static SafetyPlanForm from(MultiValueMap<String, String> request) {
		SafetyPlanForm form = new SafetyPlanForm();
		for (String list : SafetyPlanContent.LISTS) {
			form.lists.put(list, new ArrayList<>(values(request, list)));
		}
		List<String> who = values(request, "runWho"), does = values(request, "runDoes");
		for (int i = 0; i < Math.max(who.size(), does.size()); i++) {
			form.runs.add(new RunawayStep(i < who.size() ? who.get(i) : null, i < does.size() ? does.get(i) : null));
		}
		form.safeTransportation = request.getFirst("safeTransportation");
		form.youthWords = request.getFirst("youthWords");
		form.youthParticipated = request.getFirst("youthParticipated");
		form.whyNotParticipated = request.getFirst("whyNotParticipated");
		form.meetingId = request.getFirst("meetingId");
		try {
			form.basedOnVersion = Integer.parseInt(String.valueOf(request.getFirst("basedOnVersion")).strip());
		}
		catch (NumberFormatException ex) {
			form.basedOnVersion = 0;
		}
		return form;
	}

	/**
	 * The content to save. A meeting id that is not one is left out rather than refused:
	 * it comes from the link the page was opened with, not from the writer.
	 */
	SafetyPlanContent content() {
		Boolean participated = "true".equals(youthParticipated) ? Boolean.TRUE
				: "false".equals(youthParticipated) ? Boolean.FALSE : null;
		return new SafetyPlanContent(lists.get("risksToYouth"), lists.get("risksToFamily"),
				lists.get("risksToProviders"), lists.get("traumaTriggers"), lists.get("copingSkills"),
				lists.get("preventionSteps"), runs, safeTransportation, youthWords, participated, whyNotParticipated,
				meeting());
	}

	UUID meeting() {
		try {
			return meetingId == null || meetingId.isBlank() ? null : UUID.fromString(meetingId.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Adds an empty row to a list ("ifYouthRuns" for the steps); returns the new row's
	 * index, or -1.
	 */
	int add(String list) {
		if ("ifYouthRuns".equals(list)) {
			if (runs.size() >= SafetyPlanContent.MAX_ENTRIES) {
				return -1;
			}
			runs.add(new RunawayStep("", ""));
			return runs.size() - 1;
		}
		List<String> rows = lists.get(list);
		if (rows == null || rows.size() >= SafetyPlanContent.MAX_ENTRIES) {
			return -1;
		}
		rows.add("");
		return rows.size() - 1;
	}

	void remove(String list, int index) {
		List<?> rows = "ifYouthRuns".equals(list) ? runs : lists.get(list);
		if (rows != null && index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
	}

	void padEmptyLists() {
		lists.values().stream().filter(List::isEmpty).forEach(rows -> rows.add(""));
		if (runs.isEmpty()) {
			runs.add(new RunawayStep("", ""));
		}
	}

	// accessors for the template
	public Map<String, List<String>> getLists() {
		return lists;
	}

	public List<RunawayStep> getRuns() {
		return runs;
	}

	public String getSafeTransportation() {
		return safeTransportation;
	}

	public String getYouthWords() {
		return youthWords;
	}

	public String getYouthParticipated() {
		return youthParticipated;
	}

	public String getWhyNotParticipated() {
		return whyNotParticipated;
	}

	public String getMeetingId() {
		return meetingId;
	}

	public int getBasedOnVersion() {
		return basedOnVersion;
	}

	private static List<String> values(MultiValueMap<String, String> request, String name) {
		List<String> values = request.get(name);
		return values == null ? List.of() : values;
	}

}
