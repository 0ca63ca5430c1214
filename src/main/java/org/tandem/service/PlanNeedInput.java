package org.tandem.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tandem.county.Agencies;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Inputs;
import org.tandem.platform.TandemException;
import org.tandem.platform.TandemException.FieldError;
import org.tandem.service.HolisticNeeds.Need;
import org.tandem.platform.AgencyId;

/**
 * A need as a writer sends it: {@code code} of the taxonomy, the {@code goal} in the
 * youth's words, and optionally priority, the responsible agency and person, status (open
 * when left out) and the assessment item that suggested it.
 */
record PlanNeedInput(String code, String goal, String priority, String responsibleAgencyId, String responsiblePerson,
		String status, String suggestedBy) {

	static final int MAX_NEEDS = 60, MAX_GOAL = 1000, MAX_PERSON = 200, MAX_ITEM = 130;

	/** A need checked against the taxonomy, ready to be stored. */
	record Checked(Need need, String goal, NeedPriority priority, UUID responsibleAgency, String responsiblePerson,
			NeedStatus status, String suggestedBy) {
	}

	/**
	 * Every need checked, every problem reported on its field ({@code needs[2].code}), or
	 * nothing saved.
	 */
	static List<Checked> check(List<PlanNeedInput> needs, HolisticNeeds taxonomy, Agencies agencies) {
		List<PlanNeedInput> given = needs == null ? List.of() : needs;
		if (given.size() > MAX_NEEDS) {
			throw TandemException.onField(ErrorCode.SERVICE_PLAN_TOO_MANY_NEEDS, "needs", MAX_NEEDS);
		}
		List<FieldError> problems = new ArrayList<>();
		List<Checked> checked = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			PlanNeedInput input = given.get(i) == null ? new PlanNeedInput(null, null, null, null, null, null, null)
					: given.get(i);
			String at = "needs[" + i + "]";
			Need need = Inputs.collect(problems, () -> known(taxonomy, input.code(), at + ".code"));
			if (need != null && !codes.add(need.code())) {
				problems.add(FieldError.of(at + ".code", ErrorCode.SERVICE_NEED_REPEATED, at + ".code"));
			}
			String goal = Inputs.collect(problems,
					() -> Inputs.required(Inputs.text(input.goal(), at + ".goal", MAX_GOAL), at + ".goal"));
			NeedPriority priority = Inputs.collect(problems,
					() -> Inputs.choice(NeedPriority.class, input.priority(), at + ".priority"));
			UUID agency = Inputs.collect(problems,
					() -> agency(agencies, input.responsibleAgencyId(), at + ".responsibleAgencyId"));
			String person = Inputs.collect(problems,
					() -> Inputs.text(input.responsiblePerson(), at + ".responsiblePerson", MAX_PERSON));
			NeedStatus status = Inputs.collect(problems,
					() -> Inputs.choice(NeedStatus.class, input.status(), at + ".status"));
			String item = Inputs.collect(problems,
					() -> Inputs.text(input.suggestedBy(), at + ".suggestedBy", MAX_ITEM));
			checked.add(
					new Checked(need, goal, priority, agency, person, status == null ? NeedStatus.OPEN : status, item));
		}
		if (!problems.isEmpty()) {
			throw TandemException.onFields(problems.get(0).code(), problems, problems.get(0).args());
		}
		return checked;
	}

	private static Need known(HolisticNeeds taxonomy, String code, String field) {
		String given = Inputs.required(Inputs.text(code, field, 64), field);
		return taxonomy.need(given)
			.orElseThrow(() -> TandemException.onField(ErrorCode.SERVICE_NEED_UNKNOWN, field, field));
	}

	private static UUID agency(Agencies agencies, String id, String field) {
		UUID agency = Inputs.uuid(id, field);
		if (agency != null && agencies.findById(AgencyId.of(agency)).isEmpty()) {
			throw TandemException.onField(ErrorCode.AGENCY_NOT_IN_COUNTY, field);
		}
		return agency;
	}

}
