package org.tandem.outcome;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException.FieldError;

/**
 * What a framework must be beyond its schema, every problem reported at once with its
 * field: each domain has a measure (a gap would hide a whole area of a youth's life),
 * measure ids are unique, ranges are the right way up, and a derived measure names its
 * computation (only a derived one).
 */
final class FrameworkRules {

	private FrameworkRules() {
	}

	static List<FieldError> check(OutcomeFramework framework) {
		List<FieldError> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Set<Domain> covered = EnumSet.noneOf(Domain.class);
		List<Measure> measures = framework.measures();
		for (int m = 0; m < measures.size(); m++) {
			Measure measure = measures.get(m);
			String at = "$.measures[" + m + "]";
			covered.add(measure.domain());
			if (!ids.add(measure.id())) {
				problems.add(FieldError.of(at + ".id", ErrorCode.FRAMEWORK_MEASURE_REPEATED, measure.id()));
			}
			if (measure.range().min().compareTo(measure.range().max()) >= 0) {
				problems.add(FieldError.of(at + ".range.min", ErrorCode.FRAMEWORK_RANGE_INVERTED, measure.id(),
						measure.range().min(), measure.range().max()));
			}
			if (measure.derived() && measure.derivation() == null) {
				problems.add(FieldError.of(at + ".derivation", ErrorCode.FRAMEWORK_DERIVATION_MISSING, measure.id()));
			}
			if (!measure.derived() && measure.derivation() != null) {
				problems.add(FieldError.of(at + ".derivation", ErrorCode.FRAMEWORK_DERIVATION_NOT_DERIVED, measure.id(),
						measure.kind()));
			}
		}
		for (Domain domain : Domain.values()) {
			if (!covered.contains(domain)) {
				problems.add(FieldError.of("$.measures", ErrorCode.FRAMEWORK_DOMAIN_WITHOUT_MEASURE, domain.name()));
			}
		}
		return problems;
	}

}
