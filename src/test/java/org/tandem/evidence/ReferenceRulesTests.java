package org.tandem.evidence;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.evidence.ReferenceRules.Determination;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference standard a screening is judged by: what was determined within the window
 * after it, and what "nothing determined" counts as once the window has passed.
 */
class ReferenceRulesTests {

	private static final LocalDate SCREENED = LocalDate.of(2026, 1, 10);

	private static final LocalDate LONG_AFTER = SCREENED.plusDays(400);

	private static final ReferenceRules NOTHING_IS_NEGATIVE = new ReferenceRules(180, NoDetermination.NEGATIVE,
			LONG_AFTER);

	private static final ReferenceRules NOTHING_IS_EXCLUDED = new ReferenceRules(180, NoDetermination.EXCLUDED,
			LONG_AFTER);

	@Test
	void aConfirmationWithinTheWindowIsPositiveFromTheDayOfTheScreeningToItsLastDay() {
		assertThat(judge(NOTHING_IS_NEGATIVE, confirmed(SCREENED))).isEqualTo(ReferenceOutcome.POSITIVE);
		assertThat(judge(NOTHING_IS_NEGATIVE, confirmed(SCREENED.plusDays(180)))).isEqualTo(ReferenceOutcome.POSITIVE);
		assertThat(judge(NOTHING_IS_EXCLUDED, confirmed(SCREENED.plusDays(181)))).isEqualTo(ReferenceOutcome.EXCLUDED);
		assertThat(judge(NOTHING_IS_NEGATIVE, confirmed(SCREENED.plusDays(181)))).isEqualTo(ReferenceOutcome.NEGATIVE);
	}

	@Test
	void aYouthConfirmedBeforeTheScreeningIsLeftOut() {
		assertThat(judge(NOTHING_IS_NEGATIVE, confirmed(SCREENED.minusDays(1)), confirmed(SCREENED.plusDays(3))))
			.isEqualTo(ReferenceOutcome.EXCLUDED);
	}

	@Test
	void aRuledOutDeterminationInTheWindowIsNegativeUnlessAConfirmationStands() {
		Determination ruledOut = new Determination("SUSPECTED", "RULED_OUT", SCREENED.minusDays(30),
				SCREENED.plusDays(20));
		assertThat(judge(NOTHING_IS_EXCLUDED, ruledOut)).isEqualTo(ReferenceOutcome.NEGATIVE);
		assertThat(judge(NOTHING_IS_EXCLUDED, ruledOut, confirmed(SCREENED.plusDays(90))))
			.isEqualTo(ReferenceOutcome.POSITIVE);
		// a confirmation later ruled out is no confirmation: it is a negative
		Determination withdrawn = new Determination("CONFIRMED", "RULED_OUT", SCREENED.plusDays(5),
				SCREENED.plusDays(50));
		assertThat(judge(NOTHING_IS_EXCLUDED, withdrawn)).isEqualTo(ReferenceOutcome.NEGATIVE);
	}

	@Test
	void withoutADeterminationTheRulesDecideOnceTheWindowHasPassed() {
		Determination stillSuspected = new Determination("SUSPECTED", "ACTIVE", SCREENED.plusDays(3), null);
		assertThat(judge(NOTHING_IS_NEGATIVE, stillSuspected)).isEqualTo(ReferenceOutcome.NEGATIVE);
		assertThat(judge(NOTHING_IS_EXCLUDED)).isEqualTo(ReferenceOutcome.EXCLUDED);
		ReferenceRules tooSoon = new ReferenceRules(180, NoDetermination.NEGATIVE, SCREENED.plusDays(179));
		assertThat(judge(tooSoon)).isEqualTo(ReferenceOutcome.EXCLUDED);
		ReferenceRules justInTime = new ReferenceRules(180, NoDetermination.NEGATIVE, SCREENED.plusDays(180));
		assertThat(judge(justInTime)).isEqualTo(ReferenceOutcome.NEGATIVE);
	}

	private static ReferenceOutcome judge(ReferenceRules rules, Determination... determinations) {
		return rules.judge(SCREENED, List.of(determinations));
	}

	private static Determination confirmed(LocalDate on) {
		return new Determination("CONFIRMED", "ACTIVE", on, null);
	}

}
