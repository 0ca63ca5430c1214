package org.tandem.county.signin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.tandem.county.TandemUser;

/**
 * Maps an OIDC bearer token to the local account named by a claim (by default
 * {@code preferred_username}). Roles and county come from Tandem, not from the token, so
 * the county administrator stays in charge of who may do what.
 */
@Component
class BearerTokenAccounts implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SignInAccounts accounts;

	private final String usernameClaim;

	BearerTokenAccounts(SignInAccounts accounts,
			@Value("${tandem.security.oidc-username-claim}") String usernameClaim) {
		this.accounts = accounts;
		this.usernameClaim = usernameClaim;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = jwt.getClaimAsString(usernameClaim);
		TandemUser user = accounts.find(username)
			.filter(TandemUser::isEnabled)
			.filter(TandemUser::isAccountNonLocked)
			.orElseThrow(NoLocalAccountException::new);
		user.eraseCredentials();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}
