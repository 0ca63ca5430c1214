package org.tandem.screening;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.instrument.Score;

@RestController
class ScreeningApi {

	private final ScreeningService screenings;

	ScreeningApi(ScreeningService screenings) {
		this.screenings = screenings;
	}

	record NewScreening(@NotBlank String instrumentId, @NotNull Integer instrumentVersion,
			Map<String, String> answers, Map<String, List<Source>> sources, Boolean scriptConfirmed,
			LocalDate screenedOn) {
	}

	record Amendment(Map<String, String> answers, Map<String, List<Source>> sources, String reason) {
	}

	/** Records a complete screening and answers with its result. */
	@PostMapping("/api/v1/youth/{youthId}/screenings")
	ResponseEntity<ScreeningView> submit(@PathVariable UUID youthId, @Valid @RequestBody NewScreening request) {
		Screening screening = screenings.submitNew(youthId, request.instrumentId(), request.instrumentVersion(),
				orEmpty(request.answers()), orEmpty(request.sources()), Boolean.TRUE.equals(request.scriptConfirmed()),
				request.screenedOn());
		return ResponseEntity.created(URI.create("/api/v1/screenings/" + screening.id()))
			.body(ScreeningView.of(screening));
	}

	@GetMapping("/api/v1/youth/{youthId}/screenings")
	List<ScreeningView> forYouth(@PathVariable UUID youthId) {
		return screenings.forYouth(youthId).stream().map(ScreeningView::of).toList();
	}

	@GetMapping("/api/v1/screenings/{id}")
	ScreeningView get(@PathVariable UUID id) {
		return ScreeningView.of(screenings.view(id));
	}

	@PostMapping("/api/v1/screenings/{id}/amendments")
	ResponseEntity<ScreeningView> amend(@PathVariable UUID id, @RequestBody Amendment amendment) {
		Screening amended = screenings.amend(id, orEmpty(amendment.answers()), orEmpty(amendment.sources()),
				amendment.reason());
		return ResponseEntity.created(URI.create("/api/v1/screenings/" + amended.id())).body(ScreeningView.of(amended));
	}

	/** The submitted answers scored under another version of the instrument, for comparison; nothing changes. */
	@GetMapping("/api/v1/screenings/{id}/rescore")
	Score rescore(@PathVariable UUID id, @RequestParam int instrumentVersion) {
		return screenings.rescore(id, instrumentVersion);
	}

	private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
		return map == null ? Map.of() : map;
	}
}
