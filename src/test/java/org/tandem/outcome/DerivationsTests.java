package org.tandem.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.outcome.Derivations.Away;
import org.tandem.outcome.OutcomeSeries.Trend;
import org.tandem.outcome.OutcomeSeries.Value;

/**
 * Derived measures against values computed by hand, in the county's zone: elapsed hours
 * across both changes of clock, months and half-years across a new year, and the days
 * between incidents.
 */
class DerivationsTests {

	private static final ZoneId COUNTY = ZoneId.of("America/Los_Angeles");

	private static Away away(String from, String to) {
		return new Away(OffsetDateTime.parse(from).toInstant(),
				to == null ? null : OffsetDateTime.parse(to).toInstant());
	}

	@Test
	void hoursAwayAreElapsedHoursOnTheDayOfReturn() {
		List<Value> hours = Derivations.hoursAwayPerEpisode(List.of(
				// 22:00 PST to 10:00 PDT: 12 hours on the clock, 11 elapsed
				away("2026-03-07T22:00:00-08:00", "2026-03-08T10:00:00-07:00"),
				// 08:00 PDT to 13:00 PST the next day: 29 on the clock, 30 elapsed
				away("2025-11-01T08:00:00-07:00", "2025-11-02T13:00:00-08:00"),
				// 23:30 on New Year's Eve to 05:30: 6 hours, back on 1 January
				away("2025-12-31T23:30:00-08:00", "2026-01-01T05:30:00-08:00"),
				// still away: no value yet
				away("2026-04-01T20:00:00-07:00", null)), COUNTY);

		assertThat(hours).extracting(Value::on)
			.containsExactly(LocalDate.parse("2025-11-02"), LocalDate.parse("2026-01-01"),
					LocalDate.parse("2026-03-08"));
		assertThat(hours).extracting(v -> v.value().doubleValue()).containsExactly(30.0, 6.0, 11.0);
		assertThat(hours).allMatch(Value::derived);
		// 1 hour 20 minutes
		assertThat(Derivations
			.hoursAwayPerEpisode(List.of(away("2026-05-01T10:00:00-07:00", "2026-05-01T11:20:00-07:00")), COUNTY)
			.get(0)
			.value()).isEqualByComparingTo("1.33");
	}

	@Test
	void episodesAreCountedInTheCountysMonthsWithEmptyMonthsShown() {
		List<Value> months = Derivations.episodesPerMonth(List.of(
				// 23:30 on 31 December in the county is 07:30 on 1 January in UTC:
				// December's
				away("2025-12-31T23:30:00-08:00", "2026-01-01T05:30:00-08:00"),
				away("2025-12-02T10:00:00-08:00", "2025-12-02T18:00:00-08:00"),
				away("2026-03-07T22:00:00-08:00", null)), COUNTY, LocalDate.parse("2026-04-15"));

		assertThat(months).extracting(Value::on)
			.containsExactly(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-01-01"),
					LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));
		assertThat(months).extracting(v -> v.value().intValue()).containsExactly(2, 0, 0, 1, 0);
		assertThat(Derivations.episodesPerMonth(List.of(), COUNTY, LocalDate.parse("2026-04-15"))).isEmpty();
	}

	@Test
	void placementsAreCountedByHalfYear() {
		List<Value> halves = Derivations.placementsPerSixMonths(List.of(LocalDate.parse("2025-02-01"),
				LocalDate.parse("2025-06-30"), LocalDate.parse("2025-07-01"), LocalDate.parse("2026-12-31")),
				LocalDate.parse("2027-01-01"));

		assertThat(halves).extracting(Value::on)
			.containsExactly(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-07-01"),
					LocalDate.parse("2026-01-01"), LocalDate.parse("2026-07-01"), LocalDate.parse("2027-01-01"));
		assertThat(halves).extracting(v -> v.value().intValue()).containsExactly(2, 1, 0, 1, 0);
	}

	@Test
	void daysBetweenIncidentsAndSinceTheLast() {
		// 2024 is a leap year: 10 February to 9 March is 28 days
		List<Value> days = Derivations.daysBetweenIncidents(List.of(LocalDate.parse("2024-03-09"),
				LocalDate.parse("2023-12-20"), LocalDate.parse("2024-02-10"), LocalDate.parse("2024-02-10")),
				LocalDate.parse("2024-04-08"));

		assertThat(days).extracting(Value::on)
			.containsExactly(LocalDate.parse("2024-02-10"), LocalDate.parse("2024-03-09"),
					LocalDate.parse("2024-04-08"));
		assertThat(days).extracting(v -> v.value().intValue()).containsExactly(52, 28, 30);
		assertThat(
				Derivations.daysBetweenIncidents(List.of(LocalDate.parse("2024-04-08")), LocalDate.parse("2024-04-08")))
			.as("an incident today: no run yet")
			.isEmpty();
	}

	@Test
	void theTrendReadsTheLastChangeInTheMeasuresDirection() {
		Measure hoursAway = OutcomeFrameworkKind.KIND.shipped().get(0).measure("hours-away-per-episode").orElseThrow();
		Measure schoolDays = OutcomeFrameworkKind.KIND.shipped().get(0).measure("school-days-per-week").orElseThrow();
		List<Value> thirtyThenSix = Derivations
			.hoursAwayPerEpisode(List.of(away("2025-11-01T08:00:00-07:00", "2025-11-02T13:00:00-08:00"),
					away("2025-12-31T23:30:00-08:00", "2026-01-01T05:30:00-08:00")), COUNTY);

		OutcomeSeries series = OutcomeSeries.of(hoursAway, thirtyThenSix);
		assertThat(series.trend()).isEqualTo(Trend.IMPROVING);
		assertThat(series.points().get(1).change()).isEqualByComparingTo("-24");
		assertThat(OutcomeSeries.of(schoolDays, thirtyThenSix).trend()).isEqualTo(Trend.WORSENING);
		assertThat(OutcomeSeries.of(schoolDays, thirtyThenSix.subList(0, 1)).trend()).isNull();
	}

}
