package org.tandem.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

/**
 * The outcomes section's view of the series: per domain, the chart's data (the days of
 * every value on one axis, a line per measure) and the same values as table rows, so that
 * whoever cannot see the chart reads everything it shows.
 */
final class OutcomeCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One domain's measures with values: the chart's data as JSON, and the rows. */
	record DomainView(Domain domain, String chart, List<Row> rows, List<Measure> empty) {
	}

	/** A value as the table shows it. */
	record Row(String measure, String unit, LocalDate on, BigDecimal value, BigDecimal change, boolean derived,
			String trend) {
	}

	private record Line(String label, List<BigDecimal> data) {
	}

	private record Chart(List<String> labels, List<Line> datasets) {
	}

	private OutcomeCharts() {
	}

	static List<DomainView> of(List<OutcomeSeries> all, Locale locale) {
		Map<Domain, List<OutcomeSeries>> byDomain = new LinkedHashMap<>();
		for (Domain domain : Domain.values()) {
			List<OutcomeSeries> series = all.stream().filter(s -> s.measure().domain() == domain).toList();
			if (!series.isEmpty()) {
				byDomain.put(domain, series);
			}
		}
		List<DomainView> views = new ArrayList<>();
		byDomain.forEach((domain, series) -> views.add(view(domain, series, locale)));
		return views;
	}

	private static DomainView view(Domain domain, List<OutcomeSeries> series, Locale locale) {
		List<OutcomeSeries> withValues = series.stream().filter(s -> !s.points().isEmpty()).toList();
		TreeSet<LocalDate> days = new TreeSet<>();
		withValues.forEach(s -> s.points().forEach(p -> days.add(p.on())));
		List<Line> lines = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		for (OutcomeSeries s : withValues) {
			Map<LocalDate, BigDecimal> last = new LinkedHashMap<>();
			s.points().forEach(p -> last.put(p.on(), p.value()));
			lines.add(new Line(s.measure().title(locale) + " (" + s.measure().unit(locale) + ")",
					days.stream().map(last::get).toList()));
			for (int i = 0; i < s.points().size(); i++) {
				OutcomeSeries.Point p = s.points().get(i);
				boolean latest = i == s.points().size() - 1;
				rows.add(new Row(s.measure().title(locale), s.measure().unit(locale), p.on(), p.value(), p.change(),
						p.derived(), latest && s.trend() != null ? s.trend().name() : null));
			}
		}
		String chart = withValues.isEmpty() ? null
				: JSON.writeValueAsString(new Chart(days.stream().map(LocalDate::toString).toList(), lines));
		return new DomainView(domain, chart, rows,
				series.stream().filter(s -> s.points().isEmpty()).map(OutcomeSeries::measure).toList());
	}

}
