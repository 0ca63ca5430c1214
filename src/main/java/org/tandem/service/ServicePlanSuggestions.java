package org.tandem.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.assessment.AssessmentFindings;
import org.tandem.assessment.AssessmentFindings.Finding;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Purpose;
import org.tandem.instrument.Text;
import org.tandem.sharing.Category;
import org.tandem.youth.YouthRegistry;

/**
 * The needs the youth's newest needs and strengths assessment suggests for the service
 * plan: each actionable need item of the assessment, through the taxonomy's
 * {@code suggestedBy}, becomes a suggested need that names the items behind it. A person
 * decides what goes into the plan; a suggestion the reader may not see (its category) is
 * left out, audited as refused.
 */
@Service
@Transactional
public class ServicePlanSuggestions {

	public static final String VIEWED = "SERVICE_SUGGESTIONS_VIEWED";

	/** An assessment item behind a suggestion, as instrument/item, with its rating. */
	public record Item(String item, Text text, Text domain, int points) {
	}

	/**
	 * A need suggested for the plan; {@code inPlan} when the newest plan has it already.
	 */
	public record Suggestion(String code, Text title, Category category, List<Item> items, boolean inPlan) {
	}

	/**
	 * The assessment the suggestions come from (null when the youth has none) and the
	 * suggestions.
	 */
	public record Suggestions(UUID assessmentId, LocalDate assessedOn, String assessedBy, List<Suggestion> needs) {
	}

	private final YouthRegistry youth;

	private final AssessmentFindings findings;

	private final ServiceNeeds needs;

	private final ServicePlans plans;

	private final ServiceSharing sharing;

	private final AuditLog audit;

	ServicePlanSuggestions(YouthRegistry youth, AssessmentFindings findings, ServiceNeeds needs, ServicePlans plans,
			ServiceSharing sharing, AuditLog audit) {
		this.youth = youth;
		this.findings = findings;
		this.needs = needs;
		this.plans = plans;
		this.sharing = sharing;
		this.audit = audit;
	}

	public Suggestions forYouth(UUID youthId) {
		youth.requireExists(youthId);
		sharing.require(youthId, Category.SERVICES);
		var found = findings.newestActionableNeeds(youthId).orElse(null);
		if (found == null) {
			return new Suggestions(null, null, null, List.of());
		}
		HolisticNeeds taxonomy = needs.current();
		Map<String, NeedStatus> inPlan = plans.visibleNeeds(youthId);
		Map<String, HolisticNeeds.Need> suggested = new LinkedHashMap<>();
		Map<String, List<Item>> items = new LinkedHashMap<>();
		for (Finding finding : found.needs()) {
			for (HolisticNeeds.Need need : taxonomy.suggestedBy(finding.instrumentId(), finding.itemId())) {
				suggested.putIfAbsent(need.code(), need);
				items.computeIfAbsent(need.code(), code -> new ArrayList<>())
					.add(new Item(finding.instrumentId() + "/" + finding.itemId(), finding.item(), finding.domain(),
							finding.points()));
			}
		}
		Map<Category, Boolean> may = new EnumMap<>(Category.class);
		List<Suggestion> shown = suggested.values()
			.stream()
			.filter(need -> may.computeIfAbsent(need.category(), category -> sharing.read(youthId, category)))
			.map(need -> new Suggestion(need.code(), need.title(), need.category(), items.get(need.code()),
					inPlan.containsKey(need.code())))
			.toList();
		audit.record(VIEWED, youthId, Purpose.current(),
				ServiceSharing.categories(shown.stream().map(Suggestion::category).toList(), Category.SERVICES) + " "
						+ shown.size());
		return new Suggestions(found.assessmentId(), found.assessedOn(), found.agencyName(), shown);
	}

}
