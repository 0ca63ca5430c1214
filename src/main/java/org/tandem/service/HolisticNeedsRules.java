package org.tandem.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tandem.definition.DefinitionProblem;
import org.tandem.service.HolisticNeeds.Need;

/** The rules of a taxonomy that the schema cannot state; every problem with its path. */
final class HolisticNeedsRules {

	private HolisticNeedsRules() {
	}

	static List<DefinitionProblem> check(HolisticNeeds taxonomy) {
		List<DefinitionProblem> problems = new ArrayList<>();
		Map<String, Need> byCode = new HashMap<>();
		for (int n = 0; n < taxonomy.needs().size(); n++) {
			Need need = taxonomy.needs().get(n);
			if (byCode.putIfAbsent(need.code(), need) != null) {
				problems
					.add(new DefinitionProblem("$.needs[" + n + "].code", "repeats the code '" + need.code() + "'"));
			}
		}
		for (int n = 0; n < taxonomy.needs().size(); n++) {
			Need need = taxonomy.needs().get(n);
			String at = "$.needs[" + n + "]";
			if (need.parent() != null) {
				Need parent = byCode.get(need.parent());
				if (need.parent().equals(need.code())) {
					problems.add(new DefinitionProblem(at + ".parent", "names the need itself"));
				}
				else if (parent == null) {
					problems
						.add(new DefinitionProblem(at + ".parent", "names the unknown need '" + need.parent() + "'"));
				}
				else if (parent.parent() != null) {
					problems.add(new DefinitionProblem(at + ".parent", "names '" + need.parent()
							+ "', which has a parent itself; needs are grouped one level deep"));
				}
			}
			List<String> items = need.suggestedByOrNone();
			for (int i = 0; i < items.size(); i++) {
				if (!items.get(i).matches("[a-z0-9][a-z0-9-]{0,63}/[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
					problems.add(new DefinitionProblem(at + ".suggestedBy[" + i + "]",
							"is not an assessment item named as instrument/item"));
				}
			}
		}
		return problems;
	}

}
