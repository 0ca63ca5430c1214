package org.tandem.youth;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.YouthId;

/**
 * Placements and runaway episodes over JSON. Days are ISO dates of the county's calendar;
 * moments are ISO date-times with their offset (e.g. {@code 2026-03-08T01:30:00-08:00})
 * and come back with the county's offset. Types are read in any letter case, so the
 * request takes them as text.
 */
@RestController
class PlacementsAndEpisodesApi {

	private final PlacementsAndEpisodes history;

	PlacementsAndEpisodesApi(PlacementsAndEpisodes history) {
		this.history = history;
	}

	/**
	 * @param provider who provides the placement: {@code {name, address, phone,
	 * confidential}}, all optional
	 */
	record NewPlacement(String type, LocalDate startedOn, LocalDate endedOn, String reasonForChange,
			ProviderFields provider) {
	}

	record ProviderFields(String name, String address, String phone, Boolean confidential) {

		Provider checked() {
			return Provider.of(name, address, phone, confidential);
		}
	}

	record PlacementEnd(LocalDate endedOn, String reasonForChange) {
	}

	record NewEpisode(OffsetDateTime startedAt) {
	}

	/**
	 * @param returnedToSameCaregiver leave out when not known
	 */
	record EpisodeEnd(OffsetDateTime endedAt, Boolean returnedToSameCaregiver, String returnedTo) {
	}

	@PostMapping("/api/v1/youth/{youthId}/placements")
	ResponseEntity<Placement> recordPlacement(@PathVariable UUID youthId, @RequestBody NewPlacement request) {
		Placement placement = history.recordPlacement(youthId, request.type(), request.startedOn(), request.endedOn(),
				request.reasonForChange(), request.provider() == null ? null : request.provider().checked());
		return ResponseEntity.created(URI.create("/api/v1/placements/" + placement.id())).body(placement);
	}

	@GetMapping("/api/v1/youth/{youthId}/placements")
	List<Placement> placements(@PathVariable UUID youthId) {
		return history.placements(YouthId.of(youthId));
	}

	@GetMapping("/api/v1/placements/{id}")
	Placement placement(@PathVariable UUID id) {
		return history.placement(id);
	}

	/** Ends the youth's current placement (the youth moved, or left care). */
	@PostMapping("/api/v1/placements/{id}/end")
	Placement endPlacement(@PathVariable UUID id, @RequestBody PlacementEnd request) {
		return history.endPlacement(id, null, request.endedOn(), request.reasonForChange());
	}

	@PostMapping("/api/v1/youth/{youthId}/episodes")
	ResponseEntity<Episode> startEpisode(@PathVariable UUID youthId, @RequestBody NewEpisode request) {
		Episode episode = history.startEpisode(youthId, instant(request.startedAt()));
		return ResponseEntity.created(URI.create("/api/v1/episodes/" + episode.id())).body(episode);
	}

	@GetMapping("/api/v1/youth/{youthId}/episodes")
	List<Episode> episodes(@PathVariable UUID youthId) {
		return history.episodes(YouthId.of(youthId));
	}

	@GetMapping("/api/v1/episodes/{id}")
	Episode episode(@PathVariable UUID id) {
		return history.episode(id);
	}

	/** Records the youth's return. */
	@PostMapping("/api/v1/episodes/{id}/end")
	Episode endEpisode(@PathVariable UUID id, @RequestBody EpisodeEnd request) {
		return history.endEpisode(id, null, instant(request.endedAt()), request.returnedToSameCaregiver(),
				request.returnedTo());
	}

	private static Instant instant(OffsetDateTime moment) {
		return moment == null ? null : moment.toInstant();
	}

}
