package org.tandem.sharing;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tandem.audit.Purpose;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * The answer of the decision point for one category and purpose: allowed or not, on what
 * basis, and, when denied, the reason as a catalogue code with its message arguments (the
 * explanation the user reads), under which version of the county's rules.
 * {@code legalBasis} is set when a rule allows although the youth refused, because the
 * youth may not refuse it: the law or agreement that shares anyway.
 */
public record Decision(boolean allowed, Basis basis, ErrorCode reason, List<Object> messageArgs, Category category,
		Purpose purpose, int rulesVersion, String legalBasis) {

	/**
	 * Why access is allowed: a rule alone, a rule with the youth's consent, or emergency
	 * access.
	 */
	public enum Basis {

		RULE, CONSENT, BREAK_GLASS

	}

	static Decision allow(Basis basis, Category category, Purpose purpose, int version) {
		return new Decision(true, basis, null, List.of(), category, purpose, version, null);
	}

	/** Allowed by a rule the youth's refusal cannot stop. */
	static Decision allowOverRefusal(Category category, Purpose purpose, int version, String legalBasis) {
		return new Decision(true, Basis.RULE, null, List.of(), category, purpose, version, legalBasis);
	}

	static Decision deny(ErrorCode reason, Category category, Purpose purpose, int version, Object... args) {
		return new Decision(false, null, reason, List.of(args), category, purpose, version, null);
	}

	/**
	 * Throws the explanation of a denial (403 with its code); an allowed decision passes
	 * through.
	 */
	public Decision orThrow() {
		if (!allowed) {
			throw new TandemException(reason, messageArgs.toArray());
		}
		return this;
	}

	/** A purpose in the reader's language, as a message argument. */
	static Object purposeText(Purpose purpose) {
		return new DefaultMessageSourceResolvable(new String[] { "sharing.purpose." + purpose.name() }, purpose.name());
	}
}
