package org.tandem.county.signin;

import org.springframework.security.core.AuthenticationException;

/** A valid bearer token whose user has no enabled Tandem account. */
class NoLocalAccountException extends AuthenticationException {

	NoLocalAccountException() {
		super("The token's user has no enabled Tandem account");
	}

}
