package org.tandem.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.tandem.outcome.OutcomeSeries.Value;

/**
 * The computations of derived measures, from plain facts of the record: no database, so
 * each is checked against hand-computed values. Days and months are the county's calendar
 * (an episode that starts late on New Year's Eve counts in December); durations are real
 * elapsed time (a night across the change to summer time is an hour shorter on the
 * clock).
 */
final class Derivations {

	/** The most months or half-years a series goes back: enough for years of progress. */
	static final int MOST_PERIODS = 60;

	private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

	/** A runaway episode's start and, once the youth returned, its end. */
	record Away(Instant startedAt, Instant endedAt) {
	}

	private Derivations() {
	}

	/** Hours away of each ended episode, on the county day the youth returned. */
	static List<Value> hoursAwayPerEpisode(List<Away> episodes, ZoneId zone) {
		return episodes.stream()
			.filter(away -> away.endedAt() != null)
			.sorted(Comparator.comparing(Away::endedAt))
			.map(away -> new Value(away.endedAt().atZone(zone).toLocalDate(),
					BigDecimal.valueOf(Duration.between(away.startedAt(), away.endedAt()).toMinutes())
						.divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP),
					true))
			.toList();
	}

	/**
	 * Episodes begun in each county month, on the month's first day, from the month of
	 * the first episode to today's: a month without any is progress and is shown.
	 */
	static List<Value> episodesPerMonth(List<Away> episodes, ZoneId zone, LocalDate today) {
		if (episodes.isEmpty()) {
			return List.of();
		}
		TreeMap<YearMonth, Integer> counts = new TreeMap<>();
		episodes.forEach(away -> counts.merge(YearMonth.from(away.startedAt().atZone(zone)), 1, Integer::sum));
		YearMonth first = counts.firstKey();
		YearMonth last = YearMonth.from(today);
		if (first.isBefore(last.minusMonths(MOST_PERIODS - 1))) {
			first = last.minusMonths(MOST_PERIODS - 1);
		}
		List<Value> values = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			values.add(new Value(month.atDay(1), BigDecimal.valueOf(counts.getOrDefault(month, 0)), true));
		}
		return values;
	}

	/**
	 * Placements begun in each half of the year (from 1 January and 1 July), from the
	 * half of the first placement to today's.
	 */
	static List<Value> placementsPerSixMonths(List<LocalDate> startedOn, LocalDate today) {
		if (startedOn.isEmpty()) {
			return List.of();
		}
		TreeMap<LocalDate, Integer> counts = new TreeMap<>();
		startedOn.forEach(day -> counts.merge(halfOf(day), 1, Integer::sum));
		LocalDate first = counts.firstKey();
		LocalDate last = halfOf(today);
		if (first.isBefore(last.minusMonths(6L * (MOST_PERIODS - 1)))) {
			first = last.minusMonths(6L * (MOST_PERIODS - 1));
		}
		List<Value> values = new ArrayList<>();
		for (LocalDate half = first; !half.isAfter(last); half = half.plusMonths(6)) {
			values.add(new Value(half, BigDecimal.valueOf(counts.getOrDefault(half, 0)), true));
		}
		return values;
	}

	/**
	 * On the day of each incident after the first, the days since the one before (the
	 * longest run reached); then, today, the days since the last.
	 */
	static List<Value> daysBetweenIncidents(List<LocalDate> incidentDays, LocalDate today) {
		List<LocalDate> days = incidentDays.stream().distinct().sorted().toList();
		List<Value> values = new ArrayList<>();
		for (int i = 1; i < days.size(); i++) {
			values.add(new Value(days.get(i), BigDecimal.valueOf(ChronoUnit.DAYS.between(days.get(i - 1), days.get(i))),
					true));
		}
		if (!days.isEmpty() && today.isAfter(days.get(days.size() - 1))) {
			values.add(new Value(today, BigDecimal.valueOf(ChronoUnit.DAYS.between(days.get(days.size() - 1), today)),
					true));
		}
		return values;
	}

	private static LocalDate halfOf(LocalDate day) {
		return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
	}

}
