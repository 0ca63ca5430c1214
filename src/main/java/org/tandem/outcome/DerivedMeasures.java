package org.tandem.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.audit.Purpose;
import org.tandem.county.Counties;
import org.tandem.platform.YouthId;
import org.tandem.outcome.Derivations.Away;
import org.tandem.outcome.Measure.Derivation;
import org.tandem.outcome.OutcomeSeries.Value;
import org.tandem.sharing.Category;
import org.tandem.sharing.Disclosures;
import org.tandem.status.StatusService;
import org.tandem.youth.PlacementsAndEpisodes;

/**
 * Derived measures, computed from what the owners of the facts publish: runaway episodes
 * and placements from the youth module, incidents from status. Each owner asks the
 * decision point and audits its own read, so a derived measure shows no more than its
 * sources would.
 */
@Component
class DerivedMeasures {

	private final PlacementsAndEpisodes history;

	private final StatusService status;

	private final Disclosures disclosures;

	private final Counties counties;

	private final Clock clock;

	DerivedMeasures(PlacementsAndEpisodes history, StatusService status, Disclosures disclosures, Counties counties,
			Clock clock) {
		this.history = history;
		this.status = status;
		this.disclosures = disclosures;
		this.counties = counties;
		this.clock = clock;
	}

	/** The values of a derived measure, oldest first. */
	List<Value> values(UUID youthId, Derivation derivation) {
		ZoneId zone = counties.currentZone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		return switch (derivation) {
			case HOURS_AWAY_PER_EPISODE -> Derivations.hoursAwayPerEpisode(away(youthId), zone);
			case EPISODES_AWAY_PER_MONTH -> Derivations.episodesPerMonth(away(youthId), zone, today);
			case PLACEMENTS_PER_SIX_MONTHS -> Derivations.placementsPerSixMonths(
					history.placements(YouthId.of(youthId)).stream().map(p -> p.startedOn()).toList(), today);
			case DAYS_SINCE_LAST_INCIDENT -> Derivations.daysBetweenIncidents(status.incidentDays(youthId), today);
		};
	}

	/**
	 * Whether the signed-in person may see the facts a derivation reads (asked without
	 * refusing, for pages that show what they can).
	 */
	boolean maySeeSources(UUID youthId, Derivation derivation) {
		Category source = derivation == Derivation.DAYS_SINCE_LAST_INCIDENT ? Category.CSE_STATUS : Category.LOCATION;
		return disclosures.decide(youthId, source, Purpose.current()).allowed();
	}

	private List<Away> away(UUID youthId) {
		return history.episodes(YouthId.of(youthId)).stream().map(e -> new Away(e.startedAt(), e.endedAt())).toList();
	}

}
