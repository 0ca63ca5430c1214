package org.tandem.platform;

import java.util.Map;

/**
 * A failure the user can understand and act on, carrying its catalogue code, the arguments of
 * its message and, optionally, the field it belongs to. Never carries personal data in its Java
 * message (that reaches logs); the human text is rendered from the bundle at the edge.
 */
public class TandemException extends RuntimeException {

	private final ErrorCode code;
	private final Object[] args;
	private final String field;
	private final Map<String, Object> extensions;

	public TandemException(ErrorCode code, Object... args) {
		this(code, null, Map.of(), args);
	}

	private TandemException(ErrorCode code, String field, Map<String, Object> extensions, Object... args) {
		super(code.name() + " " + code.slug());
		this.code = code;
		this.field = field;
		this.extensions = extensions;
		this.args = args;
	}

	public static TandemException onField(ErrorCode code, String field, Object... args) {
		return new TandemException(code, field, Map.of(), args);
	}

	/** Adds machine-readable properties to the problem details (for example candidate ids). */
	public TandemException with(Map<String, Object> extensions) {
		return new TandemException(code, field, extensions, args);
	}

	public static TandemException notFound(ErrorCode code) {
		return new TandemException(code);
	}

	public ErrorCode code() {
		return code;
	}

	public Object[] args() {
		return args;
	}

	public String field() {
		return field;
	}

	public Map<String, Object> extensions() {
		return extensions;
	}
}
