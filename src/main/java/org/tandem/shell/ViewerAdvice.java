package org.tandem.shell;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.county.TandemUser;
import org.tandem.sharing.Denials;

/**
 * Gives every page the signed-in person as {@code me}, for the header and role-dependent
 * links.
 */
@ControllerAdvice(annotations = Controller.class)
class ViewerAdvice {

	private final Denials denials;

	ViewerAdvice(Denials denials) {
		this.denials = denials;
	}

	@ModelAttribute("me")
	TandemUser me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof TandemUser user ? user : null;
	}

	/**
	 * Whether the person sees aggregates only: the header then offers no list of youth,
	 * only their reports.
	 */
	@ModelAttribute("aggregateOnly")
	boolean aggregateOnly() {
		return me() != null && denials.aggregateOnly();
	}

}
