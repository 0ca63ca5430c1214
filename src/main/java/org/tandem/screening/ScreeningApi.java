package org.tandem.screening;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.instrument.Score;
import org.tandem.platform.Inputs;
import org.tandem.platform.YouthId;

@RestController
class ScreeningApi {

	private final ScreeningService screenings;

	private final ScreeningRecording recording;

	private final ScreeningSchedule schedule;

	private final ScreeningImport importer;

	private final ScreeningContexts contexts;

	private final ScreeningsWithContext withContext;

	ScreeningApi(ScreeningService screenings, ScreeningRecording recording, ScreeningSchedule schedule,
			ScreeningImport importer, ScreeningContexts contexts, ScreeningsWithContext withContext) {
		this.recording = recording;
		this.contexts = contexts;
		this.withContext = withContext;
		this.screenings = screenings;
		this.schedule = schedule;
		this.importer = importer;
	}

	record Trigger(@NotNull ScreeningTriggerReason reason, String note, OffsetDateTime occurredAt) {
	}

	record TriggerRecorded(UUID youthId, ScreeningTriggerReason reason, Instant dueAt) {
	}

	/**
	 * Youth due for screening now or within the coming window: AGENCY (default), COUNTY
	 * or MINE; at most 1000.
	 */
	@GetMapping("/api/v1/screenings/due")
	List<DueScreening> due(@RequestParam(defaultValue = "AGENCY") ScreeningSchedule.Scope scope,
			@RequestParam(defaultValue = "200") int limit) {
		return schedule.due(scope, Inputs.pageSize(limit, "limit", 1000));
	}

	/**
	 * Records an event after which the youth is due for screening sooner (e.g. a return
	 * from running away).
	 */
	@PostMapping("/api/v1/youth/{youthId}/screening-triggers")
	ResponseEntity<TriggerRecorded> trigger(@PathVariable UUID youthId, @Valid @RequestBody Trigger trigger) {
		Instant due = schedule.trigger(YouthId.of(youthId), trigger.reason(), trigger.note(),
				trigger.occurredAt() == null ? null : trigger.occurredAt().toInstant());
		return ResponseEntity.status(201).body(new TriggerRecorded(youthId, trigger.reason(), due));
	}

	/**
	 * Imports historical screenings from CSV (streamed; any size): each row imported or
	 * reported with its line and reason. {@code dryRun=true} checks without storing.
	 */
	@PostMapping(value = "/api/v1/screenings/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('COUNTY_ADMIN')")
	ScreeningImport.Report importCsv(InputStream csv, @RequestParam(defaultValue = "false") boolean dryRun) {
		return importer.importCsv(csv, dryRun);
	}

	record NewScreening(@NotBlank String instrumentId, @NotNull Integer instrumentVersion, Map<String, String> answers,
			Map<String, List<Source>> sources, Boolean scriptConfirmed, LocalDate screenedOn, ScreeningSetting setting,
			KnownYouthFor knownYouthFor) {
	}

	record Amendment(Map<String, String> answers, Map<String, List<Source>> sources, String reason) {
	}

	/** Records a complete screening and answers with its result. */
	@PostMapping("/api/v1/youth/{youthId}/screenings")
	ResponseEntity<ScreeningView> submit(@PathVariable UUID youthId, @Valid @RequestBody NewScreening request) {
		Screening screening = withContext.submitNew(youthId, request.instrumentId(), request.instrumentVersion(),
				orEmpty(request.answers()), orEmpty(request.sources()), Boolean.TRUE.equals(request.scriptConfirmed()),
				request.screenedOn(), new ScreeningContext(request.setting(), request.knownYouthFor()));
		return ResponseEntity.created(URI.create("/api/v1/screenings/" + screening.id())).body(view(screening));
	}

	@GetMapping("/api/v1/youth/{youthId}/screenings")
	List<ScreeningView> forYouth(@PathVariable UUID youthId) {
		return screenings.forYouthOrRefuse(youthId).stream().map(this::view).toList();
	}

	@GetMapping("/api/v1/screenings/{id}")
	ScreeningView get(@PathVariable UUID id) {
		return view(screenings.view(id));
	}

	@PostMapping("/api/v1/screenings/{id}/amendments")
	ResponseEntity<ScreeningView> amend(@PathVariable UUID id, @RequestBody Amendment amendment) {
		Screening amended = withContext.amend(id, orEmpty(amendment.answers()), orEmpty(amendment.sources()),
				amendment.reason());
		return ResponseEntity.created(URI.create("/api/v1/screenings/" + amended.id())).body(view(amended));
	}

	/**
	 * The submitted answers scored under another version of the instrument, for
	 * comparison; nothing changes.
	 */
	@GetMapping("/api/v1/screenings/{id}/rescore")
	Score rescore(@PathVariable UUID id, @RequestParam int instrumentVersion) {
		return screenings.rescore(id, instrumentVersion);
	}

	private ScreeningView view(Screening screening) {
		return ScreeningView.of(screening).with(contexts.of(screening.id()));
	}

	private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
		return map == null ? Map.of() : map;
	}

}
