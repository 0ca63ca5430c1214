package org.tandem.county.signin;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.tandem.county.TandemUser;
import org.tandem.county.UserAccounts;
import org.tandem.platform.Tenancy;
import org.tandem.platform.UserId;

/**
 * Locks an account after repeated failed sign-ins, through any door (form, HTTP Basic),
 * so a password cannot be guessed; a success resets the count.
 */
@Component
class SignInLockout {

	private final SignInAccounts signIn;

	private final UserAccounts accounts;

	private final Tenancy tenancy;

	private final Clock clock;

	private final int maxAttempts;

	private final Duration lockout;

	SignInLockout(SignInAccounts signIn, UserAccounts accounts, Tenancy tenancy, Clock clock,
			@Value("${tandem.security.max-failed-attempts}") int maxAttempts,
			@Value("${tandem.security.lockout}") Duration lockout) {
		this.signIn = signIn;
		this.accounts = accounts;
		this.tenancy = tenancy;
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.lockout = lockout;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		signIn.locate(event.getAuthentication().getName())
			.ifPresent(account -> tenancy.inCounty(account.countyId(), () -> accounts
				.recordFailedSignIn(UserId.of(account.userId()), maxAttempts, clock.instant().plus(lockout))));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof TandemUser user) {
			tenancy.inCounty(user.countyId(), () -> accounts.recordSuccessfulSignIn(UserId.of(user.userId())));
		}
	}

}
