package org.tandem.sharing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.audit.Purpose;
import org.tandem.county.AgencyType;
import org.tandem.platform.TandemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The shipped rules load; a wrong file is refused with every problem pointing to its
 * field.
 */
class DisclosureRulesLoaderTests {

	private static final String SHIPPED = DisclosureRulesCatalogue.loadShipped(read()).title() == null ? null : read();

	private static String read() {
		try (var in = DisclosureRulesLoaderTests.class.getClassLoader()
			.getResourceAsStream(DisclosureRulesCatalogue.SHIPPED)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void theShippedRulesStateEveryCategoryAndKeepMdtInformationOutOfCourt() {
		DisclosureRules rules = DisclosureRulesLoader.load(SHIPPED, "shipped");
		assertThat(rules.policies().keySet()).containsExactlyInAnyOrder(Category.values());
		for (Category category : List.of(Category.SCREENING_ANSWERS, Category.SCREENING_RESULTS, Category.CSE_STATUS,
				Category.MDT_MINUTES)) {
			assertThat(rules.policy(category).prohibited()).contains(Purpose.COURT, Purpose.INVESTIGATION,
					Purpose.RESEARCH);
		}
		assertThat(rules.policy(Category.CSE_STATUS).rules()).anySatisfy(rule -> {
			assertThat(rule.agencyTypes()).contains(AgencyType.PROBATION);
			assertThat(rule.consent()).isTrue();
			assertThat(rule.onTeam()).isTrue();
		});
		assertThat(rules.aggregateOnlyRoles()).containsExactly("ANALYST");
	}

	@Test
	void aMissingRepeatedOrUnknownNameIsPointedAt() {
		String repeated = SHIPPED.replace("- category: OUTCOMES", "- category: EDUCATION");
		assertThat(fields(repeated)).contains("$.categories[13].category", "$.categories");
		String unknownRole = SHIPPED.replaceFirst("roles: \\[COUNTY_ADMIN\\]", "roles: [WIZARD]");
		assertThat(fields(unknownRole)).containsExactly("$.categories[1].rules[2].roles[0]");
		String unknownPurpose = SHIPPED.replace(
				"prohibitedPurposes: [RESEARCH]\n    breakGlass: false\n    rules:\n      - purposes",
				"prohibitedPurposes: [GOSSIP]\n    breakGlass: false\n    rules:\n      - purposes");
		assertThat(fields(unknownPurpose)).contains("$.categories[0].prohibitedPurposes[0]");
	}

	@Test
	void aRuleWhosePurposesAreAllProhibitedIsAnError() {
		String useless = SHIPPED.replace(
				"      - agencyTypes: [PROBATION, LAW_ENFORCEMENT]\n        purposes: [PREVENTION, IDENTIFICATION, TREATMENT, MDT]",
				"      - agencyTypes: [PROBATION, LAW_ENFORCEMENT]\n        purposes: [COURT, INVESTIGATION]");
		assertThat(useless).isNotEqualTo(SHIPPED);
		assertThat(fields(useless)).containsExactly("$.categories[4].rules[1].purposes");
	}

	@Test
	void theShippedRulesSayWhereTheYouthMayNotRefuseAndWhy() {
		DisclosureRules rules = DisclosureRulesLoader.load(SHIPPED, "shipped");
		DisclosureRules.Policy location = rules.policy(Category.LOCATION);
		assertThat(location.youthMayRefuse()).isTrue();
		assertThat(location.rules()).anySatisfy(rule -> {
			assertThat(rule.agencyTypes()).containsExactly(AgencyType.CHILD_WELFARE);
			assertThat(rule.youthMayRefuse()).isFalse();
			assertThat(rule.legalBasis()).contains("16501");
		});
		assertThat(location.rules()).anySatisfy(rule -> {
			assertThat(rule.agencyTypes()).contains(AgencyType.PROBATION);
			assertThat(rule.youthMayRefuse()).isTrue();
			assertThat(rule.legalBasis()).isNull();
		});
		assertThat(rules.policy(Category.MDT_MINUTES).youthMayRefuse()).isFalse();
		assertThat(rules.policy(Category.MDT_MINUTES).rules())
			.allSatisfy(rule -> assertThat(rule.legalBasis()).contains("18951"));
		// a rule that needs consent is always the youth's to refuse, whatever its
		// category says
		assertThat(rules.policy(Category.CSE_STATUS).rules()).filteredOn(DisclosureRules.Rule::consent)
			.allSatisfy(rule -> assertThat(rule.youthMayRefuse()).isTrue());
	}

	@Test
	void youthMayRefuseFalseNeedsALegalBasisAndNeverGoesWithConsent() {
		String category = SHIPPED.replace("  - category: EDUCATION\n",
				"  - category: EDUCATION\n    youthMayRefuse: false\n");
		assertThat(fields(category)).containsExactly("$.categories[10].legalBasis");
		String rule = SHIPPED.replace(
				"      - agencyTypes: [PROBATION, LAW_ENFORCEMENT]\n        purposes: [PREVENTION, IDENTIFICATION, TREATMENT, MDT]\n        onTeam: true\n        consent: true",
				"      - agencyTypes: [PROBATION, LAW_ENFORCEMENT]\n        purposes: [PREVENTION, IDENTIFICATION, TREATMENT, MDT]\n        onTeam: true\n        consent: true\n        youthMayRefuse: false\n        legalBasis: none");
		assertThat(rule).isNotEqualTo(SHIPPED);
		assertThat(fields(rule)).containsExactly("$.categories[4].rules[1].youthMayRefuse");
		String noBasis = SHIPPED.replace(
				"  - category: EDUCATION\n    prohibitedPurposes: [RESEARCH]\n    breakGlass: false\n    rules:\n      - agencyTypes: [EDUCATION, CHILD_WELFARE, PROBATION]\n",
				"  - category: EDUCATION\n    prohibitedPurposes: [RESEARCH]\n    breakGlass: false\n    rules:\n      - agencyTypes: [EDUCATION, CHILD_WELFARE, PROBATION]\n        youthMayRefuse: false\n");
		assertThat(noBasis).isNotEqualTo(SHIPPED);
		assertThat(fields(noBasis)).containsExactly("$.categories[10].rules[0].legalBasis");
	}

	@Test
	void theSchemaRefusesUnknownFieldsAndMissingOnes() {
		assertThat(fields(SHIPPED.replace("breakGlass: true", "breakglass: true"))).isNotEmpty();
		assertThat(fields("id: x\nversion: 1\n")).isNotEmpty();
		assertThat(fields("")).containsExactly("$");
	}

	private static List<String> fields(String definition) {
		TandemException ex = catchThrowableOfType(TandemException.class,
				() -> DisclosureRulesLoader.load(definition, "test"));
		assertThat(ex).as("should be refused").isNotNull();
		assertThat(ex.code().code()).isEqualTo("T5001");
		return ex.fieldErrors().stream().map(TandemException.FieldError::field).distinct().toList();
	}

}
