package org.tandem.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.YouthId;
import org.tandem.platform.UserId;

/**
 * Something that happened, to tell these people once.
 *
 * @param recipients user ids in the current county
 * @param kind what happened, for the text ({@code RESPONSE_STARTED}, {@code CLOCK_AMBER},
 * ...)
 * @param dedupeKey names the fact: the same key never notifies the same person twice
 * @param link path inside Tandem to open (no host), e.g. {@code /clocks}
 * @param params general facts for the text only ({@code at}: an ISO instant shown in the
 * county zone; {@code task} a task type or {@code clock} a clock name, for the in-app
 * text); never a youth's name or case detail. A notice about one youth also keeps that
 * youth's id ({@code youth}), so the in-app text can name them as its reader may see
 * them; e-mails use {@code at} only
 * @param youthIds the youth the fact is about: only recipients who may see these youth's
 * MDT information are told (empty: about no youth)
 */
public record Notice(List<UserId> recipients, String kind, String dedupeKey, String link, Map<String, String> params,
		Set<YouthId> youthIds) {

	public Notice {
		recipients = List.copyOf(recipients);
		params = params == null ? Map.of() : Map.copyOf(params);
		youthIds = youthIds == null ? Set.of() : Set.copyOf(youthIds);
	}

	/** A notice about no youth in particular. */
	public Notice(List<UserId> recipients, String kind, String dedupeKey, String link, Map<String, String> params) {
		this(recipients, kind, dedupeKey, link, params, Set.of());
	}

	/** The same notice, about these youth. */
	public Notice about(java.util.Collection<YouthId> youth) {
		return new Notice(recipients, kind, dedupeKey, link, params, Set.copyOf(youth));
	}

	public Notice about(YouthId youth) {
		return about(Set.of(youth));
	}
}
