package org.tandem.sharing;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tandem.audit.Purpose;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.TandemException;

/**
 * The answer of the decision point for one category and purpose: allowed or not, on what basis,
 * and, when denied, the reason as a catalogue code with its message arguments (the explanation the
 * user reads), under which version of the county's rules.
 */
public record Decision(boolean allowed, Basis basis, ErrorCode reason, List<Object> messageArgs, Category category,
		Purpose purpose, int rulesVersion) {

	/** Why access is allowed: a rule alone, a rule with the youth's consent, or emergency access. */
	public enum Basis {
		RULE, CONSENT, BREAK_GLASS
	}

	static Decision allow(Basis basis, Category category, Purpose purpose, int version) {
		return new Decision(true, basis, null, List.of(), category, purpose, version);
	}

	static Decision deny(ErrorCode reason, Category category, Purpose purpose, int version, Object... args) {
		return new Decision(false, null, reason, List.of(args), category, purpose, version);
	}

	/** Throws the explanation of a denial (403 with its code); an allowed decision passes through. */
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
