package org.tandem.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The mandated reports still owed for a youth, so the hotline can say which one a call
 * answers. The task module keeps them and provides this; the hotline form only asks.
 */
public interface MandatedReportsOwed {

	/** A reporter's open duty: the task, the agency that owes it, when it is due. */
	record Owed(UUID taskId, UUID agencyId, Instant dueAt) {
	}

	/**
	 * Open mandated reports of the youth, soonest due first; empty for whoever may not
	 * see the suspicion.
	 */
	List<Owed> openFor(UUID youthId);

}
