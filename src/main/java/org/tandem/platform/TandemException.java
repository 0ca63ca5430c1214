package org.tandem.platform;

import java.util.List;
import java.util.Map;

/**
 * A failure the user can understand and act on, carrying its catalogue code, the
 * arguments of its message and, optionally, the fields it concerns. Never carries
 * personal data in its Java message (that reaches logs); the human text is rendered from
 * the bundle at the edge.
 */
public class TandemException extends RuntimeException {

	/** One field's problem: its own code and message arguments. */
	public record FieldError(String field, ErrorCode code, String messageKey, Object[] args) {

		/** The field's problem in the words of its code's message. */
		public static FieldError of(String field, ErrorCode code, Object... args) {
			return new FieldError(field, code, code.messageKey(), args);
		}

		/**
		 * A problem whose text is already written (for example by a schema validator).
		 */
		public static FieldError described(String field, ErrorCode code, String description) {
			return new FieldError(field, code, "error.field.described", new Object[] { description });
		}
	}

	private final ErrorCode code;

	private final Object[] args;

	private final List<FieldError> fieldErrors;

	private final Map<String, Object> extensions;

	public TandemException(ErrorCode code, Object... args) {
		this(code, List.of(), Map.of(), args);
	}

	private TandemException(ErrorCode code, List<FieldError> fieldErrors, Map<String, Object> extensions,
			Object... args) {
		super(code.code() + " " + code.slug());
		this.code = code;
		this.fieldErrors = List.copyOf(fieldErrors);
		this.extensions = extensions;
		this.args = args;
	}

	public static TandemException onField(ErrorCode code, String field, Object... args) {
		return new TandemException(code, List.of(FieldError.of(field, code, args)), Map.of(), args);
	}

	/**
	 * Several fields at once; the problem's own message is the code's, with these
	 * arguments.
	 */
	public static TandemException onFields(ErrorCode code, List<FieldError> fieldErrors, Object... args) {
		return new TandemException(code, fieldErrors, Map.of(), args);
	}

	/**
	 * Adds machine-readable properties to the problem details (for example candidate
	 * ids).
	 */
	public TandemException with(Map<String, Object> extensions) {
		return new TandemException(code, fieldErrors, extensions, args);
	}

	public ErrorCode code() {
		return code;
	}

	public Object[] args() {
		return args;
	}

	/** The first field concerned, or null. */
	public String field() {
		return fieldErrors.isEmpty() ? null : fieldErrors.get(0).field();
	}

	public List<FieldError> fieldErrors() {
		return fieldErrors;
	}

	public Map<String, Object> extensions() {
		return extensions;
	}

}
