package org.tandem.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.sharing.Category;
import org.tandem.sharing.Disclosures;
import org.tandem.screening.ScreeningService;
import org.tandem.youth.PlacementsAndEpisodes;
import org.tandem.youth.YouthRegistry;
import org.tandem.platform.YouthId;

/**
 * One youth's history in time order: screenings, determinations, incidents, placements
 * and runaway episodes. Each kind of entry appears only when the decision point lets the
 * reader see its category (screening results, CSE status, location); otherwise it is left
 * out rather than hinted at.
 */
@Service
@Transactional
public class Timeline {

	/** One moment of the timeline; {@code details} holds the facts of its kind. */
	public record Entry(Instant at, String type, UUID id, Map<String, Object> details) {
	}

	private final YouthRegistry youth;

	private final ScreeningService screenings;

	private final StatusService status;

	private final PlacementsAndEpisodes history;

	private final Counties counties;

	private final Disclosures disclosures;

	Timeline(YouthRegistry youth, ScreeningService screenings, StatusService status, PlacementsAndEpisodes history,
			Counties counties, Disclosures disclosures) {
		this.disclosures = disclosures;
		this.youth = youth;
		this.screenings = screenings;
		this.status = status;
		this.history = history;
		this.counties = counties;
	}

	public List<Entry> of(YouthId youthId) {
		youth.requireExists(youthId.value());
		disclosures.require(youthId.value(), Category.IDENTITY, Purpose.current());
		var visible = disclosures.visibleCategories(youthId.value(), Purpose.current());
		ZoneId zone = counties.currentZone();
		List<Entry> entries = new ArrayList<>();
		if (visible.contains(Category.SCREENING_RESULTS)) {
			screenings.forYouth(youthId.value())
				.stream()
				.filter(s -> s.submitted())
				.forEach(s -> entries.add(new Entry(start(s.screenedOn(), zone), "SCREENING", s.id(),
						details("instrumentId", s.instrumentId(), "instrumentVersion", s.instrumentVersion(), "level",
								s.result().level(), "levelLabel", s.result().levelLabel(), "amends", s.amendsId()))));
		}
		if (visible.contains(Category.CSE_STATUS)) {
			status.determinations(youthId.value())
				.forEach(d -> entries.add(new Entry(start(d.determinedOn(), zone), "DETERMINATION", d.id(),
						details("kind", d.kind(), "state", d.state(), "source", d.source(), "lastKnownOn",
								d.lastKnownOn(), "closedOn", d.closedOn()))));
			status.incidents(youthId.value())
				.forEach(i -> entries.add(new Entry(start(i.occurredFrom(), zone), "INCIDENT", i.id(),
						details("occurredTo", i.occurredTo(), "approximate", i.approximate(), "sourceTypes",
								i.sourceTypes(), "kinds", i.kinds(), "reportedToLawEnforcement",
								i.reportedToLawEnforcement()))));
		}
		if (visible.contains(Category.LOCATION)) {
			var past = history.history(youthId);
			past.placements()
				.forEach(p -> entries
					.add(new Entry(start(p.startedOn(), zone), "PLACEMENT", p.id(), details("placementType", p.type(),
							"endedOn", p.endedOn(), "reasonForChange", p.reasonForChange()))));
			past.episodes()
				.forEach(e -> entries.add(new Entry(e.startedAt(), "EPISODE", e.id(),
						details("endedAt", e.endedAt(), "returnedToSameCaregiver", e.returnedToSameCaregiver(),
								"timeAwayMinutes", e.timeAwayMinutes()))));
		}
		entries.sort(Comparator.comparing(Entry::at).reversed());
		return entries;
	}

	private static Instant start(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

	/** Facts as name-value pairs, leaving out what is not known. */
	private static Map<String, Object> details(Object... pairs) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				details.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return details;
	}

}
