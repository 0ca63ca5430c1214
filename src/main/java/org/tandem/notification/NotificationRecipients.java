package org.tandem.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.county.Role;
import org.tandem.county.UserAccount;
import org.tandem.county.UserAccounts;
import org.tandem.platform.UserId;
import org.tandem.platform.AgencyId;

/**
 * Who in an agency hears about a response, a clock or a task: its enabled members whose
 * role acts on responses. Administrators, analysts and the hotline (who hand a report on)
 * are not told by role alone.
 */
@Component
public class NotificationRecipients {

	static final Set<Role> ACTING_ON_RESPONSES = EnumSet.of(Role.SOCIAL_WORKER, Role.SUPERVISOR, Role.PROBATION_OFFICER,
			Role.CLINICIAN, Role.NURSE, Role.ADVOCATE, Role.LAW_ENFORCEMENT, Role.EDUCATOR);

	private final UserAccounts accounts;

	NotificationRecipients(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/** Members of one agency of the current county who act on responses. */
	public List<UserId> agencyMembers(AgencyId agencyId) {
		return actingMembers(accounts.findAll(), agencyId);
	}

	public static List<UserId> actingMembers(List<UserAccount> all, AgencyId agencyId) {
		return all.stream()
			.filter(account -> account.enabled() && agencyId != null && account.agencyId().equals(agencyId.value()))
			.filter(account -> account.roles().stream().anyMatch(ACTING_ON_RESPONSES::contains))
			.map(account -> new UserId(account.id()))
			.toList();
	}

}
