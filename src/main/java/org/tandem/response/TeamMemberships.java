package org.tandem.response;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.sharing.Teams;
import org.tandem.platform.AgencyId;

/**
 * Puts on the youth's team the lead agency and the hotline that took the report when a
 * response starts, and takes them off again when it closes (unless something else keeps
 * them). The listeners run in the publishing transaction and first (before anyone is
 * notified), so a notice goes only to people who may then open what it links to. Joining
 * again changes nothing. (Meetings and tasks grow the team the same way in their
 * modules.)
 */
@Component
class TeamMemberships {

	private final Teams teams;

	private final UserAccounts accounts;

	TeamMemberships(Teams teams, UserAccounts accounts) {
		this.teams = teams;
		this.accounts = accounts;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void started(ResponseStarted started) {
		teams.join(started.youthId(), started.leadAgencyId(), Teams.Source.RESPONSE, started.responseId().value());
		if (started.startedBy() != null) {
			accounts.findById(started.startedBy())
				.map(UserAccount::agencyId)
				.ifPresent(agency -> teams.join(started.youthId(), AgencyId.of(agency), Teams.Source.RESPONSE,
						started.responseId().value()));
		}
	}

	/**
	 * A closed response no longer holds its agencies on the team; another source may
	 * still keep them.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void closed(ResponseClosed closed) {
		teams.endSource(closed.responseId().value(), Teams.SourceEnd.RESPONSE_CLOSED);
	}

}
