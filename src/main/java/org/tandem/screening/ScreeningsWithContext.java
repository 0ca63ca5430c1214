package org.tandem.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a screening with its context in one transaction: a complete one from the API,
 * and an amendment, which keeps the context of the screening it corrects.
 */
@Service
@Transactional
class ScreeningsWithContext {

	private final ScreeningRecording recording;

	private final ScreeningContexts contexts;

	ScreeningsWithContext(ScreeningRecording recording, ScreeningContexts contexts) {
		this.recording = recording;
		this.contexts = contexts;
	}

	Screening submitNew(UUID youthId, String instrumentId, int version, Map<String, String> answers,
			Map<String, List<Source>> sources, boolean scriptConfirmed, LocalDate screenedOn,
			ScreeningContext context) {
		Screening screening = this.recording.submitNew(youthId, instrumentId, version, answers, sources,
				scriptConfirmed, screenedOn);
		this.contexts.recordForNew(screening.id(), context);
		return screening;
	}

	Screening amend(UUID id, Map<String, String> answers, Map<String, List<Source>> sources, String reason) {
		Screening amendment = this.recording.amend(id, answers, sources, reason);
		this.contexts.recordForNew(amendment.id(), this.contexts.of(id));
		return amendment;
	}

}
