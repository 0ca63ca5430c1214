package org.tandem.audit;

import java.util.Optional;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tandem.platform.Inputs;

/**
 * Why someone looks at or changes a youth's record, as the county's MOU names the
 * permitted uses. An API client states it in the {@code Tandem-Purpose} header; pages
 * default to service planning, the everyday purpose of the people who use them.
 */
public enum Purpose {

	PREVENTION, IDENTIFICATION, TREATMENT, MDT, INVESTIGATION, COURT, RESEARCH, ADMINISTRATION;

	public static final String HEADER = "Tandem-Purpose";

	/**
	 * The purpose stated with the current request, or treatment and service planning. A
	 * purpose that is not one of these is refused rather than guessed.
	 */
	public static Purpose current() {
		return fromRequest().orElse(TREATMENT);
	}

	static Optional<Purpose> fromRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return Optional.ofNullable(Inputs.choice(Purpose.class, attributes.getRequest().getHeader(HEADER), HEADER));
		}
		return Optional.empty();
	}

}
