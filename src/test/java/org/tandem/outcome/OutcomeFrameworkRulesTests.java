package org.tandem.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;
import org.tandem.platform.TandemException.FieldError;

/**
 * The model framework covers every domain with at least two measures and the increments
 * the seed names; a framework with a gap, a repeated id, an upside-down range or a
 * derived measure without its computation is refused with every problem on its field.
 */
class OutcomeFrameworkRulesTests {

	@Test
	void theModelCoversEveryDomainWithTheSeedsIncrements() {
		OutcomeFramework model = OutcomeFrameworkKind.KIND.shipped().get(0);
		Map<Domain, Integer> counts = new EnumMap<>(Domain.class);
		model.measures().forEach(m -> counts.merge(m.domain(), 1, Integer::sum));
		assertThat(counts).hasSize(13);
		assertThat(counts.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
		assertThat(model.measures()).extracting(Measure::id)
			.contains("school-days-per-week", "credits-per-semester", "episodes-away-per-month",
					"hours-away-per-episode", "moves-to-family-like-home", "placements-per-six-months",
					"days-since-last-incident");
		assertThat(model.measure("hours-away-per-episode").orElseThrow().direction())
			.isEqualTo(Measure.Direction.LOWER_IS_BETTER);
		assertThat(model.measures()).allSatisfy(m -> {
			assertThat(m.title().en()).isNotBlank();
			assertThat(m.title().es()).isNotBlank();
		});
	}

	@Test
	void everyProblemIsReportedOnItsFieldWithItsOwnCode() {
		List<String> measures = new ArrayList<>();
		for (Domain domain : Domain.values()) {
			if (domain != Domain.EDUCATION) {
				measures
					.add(measure(domain.name().toLowerCase().replace('_', '-'), domain, "0", "10", "OBSERVED", null));
			}
		}
		measures.add(measure("agency", Domain.AGENCY, "0", "5", "OBSERVED", null));
		measures.add(measure("upside-down", Domain.AGENCY, "7", "0", "OBSERVED", null));
		measures.add(measure("computed", Domain.AGENCY, "0", "7", "DERIVED", null));
		measures.add(measure("typed", Domain.AGENCY, "0", "7", "OBSERVED", "HOURS_AWAY_PER_EPISODE"));

		TandemException refused = catchThrowableOfType(TandemException.class,
				() -> FrameworkLoader.load(framework(measures)));

		assertThat(refused.code()).isEqualTo(ErrorCode.DEFINITION_INVALID);
		assertThat(refused.fieldErrors()).extracting(FieldError::field, e -> e.code().code())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("$.measures[12].id", "T9705"),
					org.assertj.core.groups.Tuple.tuple("$.measures[13].range.min", "T9706"),
					org.assertj.core.groups.Tuple.tuple("$.measures[14].derivation", "T9707"),
					org.assertj.core.groups.Tuple.tuple("$.measures[15].derivation", "T9708"),
					org.assertj.core.groups.Tuple.tuple("$.measures", "T9704"));
		assertThat(refused.fieldErrors()).filteredOn(e -> e.code() == ErrorCode.FRAMEWORK_DOMAIN_WITHOUT_MEASURE)
			.singleElement()
			.satisfies(e -> assertThat(e.args()).containsExactly("EDUCATION"));
	}

	@Test
	void aValueTheSchemaDoesNotKnowIsRefusedOnItsPath() {
		List<String> measures = new ArrayList<>();
		for (Domain domain : Domain.values()) {
			measures.add(measure(domain.name().toLowerCase().replace('_', '-'), domain, "0", "10", "OBSERVED", null));
		}
		measures.set(0, measures.get(0).replace("direction: HIGHER_IS_BETTER", "direction: SIDEWAYS"));

		TandemException refused = catchThrowableOfType(TandemException.class,
				() -> FrameworkLoader.load(framework(measures)));

		assertThat(refused.code()).isEqualTo(ErrorCode.DEFINITION_INVALID);
		assertThat(refused.fieldErrors()).extracting(FieldError::field).contains("$.measures[0].direction");
	}

	@Test
	void aCompleteFrameworkIsRead() {
		List<String> measures = new ArrayList<>();
		for (Domain domain : Domain.values()) {
			measures.add(measure(domain.name().toLowerCase().replace('_', '-'), domain, "0", "10", "OBSERVED", null));
		}
		OutcomeFramework framework = FrameworkLoader.load(framework(measures));
		assertThat(framework.measures()).hasSize(13);
		assertThat(framework.measure("education").orElseThrow().range().max()).isEqualByComparingTo("10");
	}

	static byte[] framework(List<String> measures) {
		return ("id: test-framework\nversion: 1\ntitle: { en: Test, es: Prueba }\nmeasures:\n"
				+ String.join("", measures))
			.getBytes(StandardCharsets.UTF_8);
	}

	static String measure(String id, Domain domain, String min, String max, String kind, String derivation) {
		return """
				  - id: %s
				    domain: %s
				    title: { en: Title, es: Título }
				    unit: { en: days, es: días }
				    range: { min: %s, max: %s }
				    direction: HIGHER_IS_BETTER
				    period: PER_WEEK
				    kind: %s
				    sourceKind: WORKER_OBSERVATION
				""".formatted(id, domain, min, max, kind)
				+ (derivation == null ? "" : "    derivation: " + derivation + "\n");
	}

}
