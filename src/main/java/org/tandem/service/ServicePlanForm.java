package org.tandem.service;

import java.util.ArrayList;
import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * The service plan form as typed: one row per need (parallel fields, in order), whether
 * the youth took part and the version the writer started from. A row with neither a need
 * nor a goal is left out when saving; nothing typed is lost when the form is refused.
 */
final class ServicePlanForm {

	/** One need as typed. */
	static final class Row {

		String code = "", goal = "", priority = "", agency = "", person = "", status = "OPEN", suggestedBy = "";

		boolean blank() {
			return code.isBlank() && goal.isBlank();
		}

		PlanNeedInput input() {
			return new PlanNeedInput(code, goal, priority, agency, person, status, suggestedBy);
		}

		public String getCode() {
			return code;
		}

		public String getGoal() {
			return goal;
		}

		public String getPriority() {
			return priority;
		}

		public String getAgency() {
			return agency;
		}

		public String getPerson() {
			return person;
		}

		public String getStatus() {
			return status;
		}

		public String getSuggestedBy() {
			return suggestedBy;
		}

	}

	final List<Row> rows = new ArrayList<>();

	String youthParticipated = "";

	int basedOnVersion;

	public List<Row> getRows() {
		return rows;
	}

	public String getYouthParticipated() {
		return youthParticipated;
	}

	public int getBasedOnVersion() {
		return basedOnVersion;
	}

	static ServicePlanForm from(ServicePlan plan) {
		ServicePlanForm form = new ServicePlanForm();
		if (plan != null) {
			form.basedOnVersion = plan.version();
			form.youthParticipated = String.valueOf(plan.youthParticipated());
			for (ServicePlan.Need need : plan.needs()) {
				Row row = new Row();
				row.code = need.code();
				row.goal = need.goal();
				row.priority = need.priority() == null ? "" : need.priority().name();
				row.agency = need.responsibleAgencyId() == null ? "" : need.responsibleAgencyId().toString();
				row.person = need.responsiblePerson() == null ? "" : need.responsiblePerson();
				row.status = need.status().name();
				row.suggestedBy = need.suggestedBy() == null ? "" : need.suggestedBy();
				form.rows.add(row);
			}
		}
		if (form.rows.isEmpty()) {
			form.rows.add(new Row());
		}
		return form;
	}

	static ServicePlanForm from(MultiValueMap<String, String> request) {
		ServicePlanForm form = new ServicePlanForm();
		List<String> codes = values(request, "code");
		for (int i = 0; i < codes.size(); i++) {
			Row row = new Row();
			row.code = codes.get(i);
			row.goal = at(request, "goal", i);
			row.priority = at(request, "priority", i);
			row.agency = at(request, "agency", i);
			row.person = at(request, "person", i);
			row.status = at(request, "status", i);
			row.suggestedBy = at(request, "suggestedBy", i);
			form.rows.add(row);
		}
		form.youthParticipated = String.valueOf(request.getFirst("youthParticipated"));
		try {
			form.basedOnVersion = Integer.parseInt(String.valueOf(request.getFirst("basedOnVersion")));
		}
		catch (NumberFormatException ex) {
			form.basedOnVersion = 0;
		}
		return form;
	}

	/** Whether a row names the need (a suggestion taken already). */
	public boolean hasCode(String code) {
		return rows.stream().anyMatch(row -> row.code.equals(code));
	}

	/** The rows to save: those with a need or a goal. */
	List<PlanNeedInput> needs() {
		return rows.stream().filter(row -> !row.blank()).map(Row::input).toList();
	}

	/** The row index (in {@link #rows}) of the n-th row saved, for placing a problem. */
	int rowOf(int saved) {
		int seen = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).blank() && ++seen == saved) {
				return i;
			}
		}
		return -1;
	}

	Boolean participated() {
		return switch (youthParticipated) {
			case "true" -> true;
			case "false" -> false;
			default -> null;
		};
	}

	void addSuggested(String code, String item) {
		if (code == null || rows.stream().anyMatch(row -> row.code.equals(code))) {
			return;
		}
		rows.removeIf(Row::blank);
		Row row = new Row();
		row.code = code;
		row.suggestedBy = item == null ? "" : item;
		rows.add(row);
	}

	private static List<String> values(MultiValueMap<String, String> request, String name) {
		List<String> values = request.get(name);
		return values == null ? List.of() : values;
	}

	private static String at(MultiValueMap<String, String> request, String name, int index) {
		List<String> values = values(request, name);
		return index < values.size() && values.get(index) != null ? values.get(index) : "";
	}

}
