package org.tandem.platform;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns catalogue codes into RFC 9457 problem details, with the human text in the
 * caller's language. The single place where an error becomes what a client reads.
 */
@Component
public class Problems {

	/** A problem with one input field, for the {@code errors} list of a problem. */
	public record FieldProblem(String field, String code, String message) {
	}

	private final MessageSource messages;

	private final JsonMapper json;

	public Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public ProblemDetail of(ErrorCode code, Object... args) {
		return of(code, List.of(), Map.of(), args);
	}

	public ProblemDetail of(TandemException ex) {
		List<FieldProblem> fields = ex.fieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.field(), error.code().code(), message(error)))
			.toList();
		return of(ex.code(), fields, ex.extensions(), ex.args());
	}

	public ProblemDetail of(ErrorCode code, List<FieldProblem> fields, Map<String, Object> extensions, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), message(code, args));
		problem.setType(URI.create("/errors#" + code.code()));
		problem.setTitle(messages.getMessage("error.title." + code.code(), null, code.slug(), locale()));
		problem.setProperty("code", code.code());
		if (!fields.isEmpty()) {
			problem.setProperty("errors", fields);
		}
		extensions.forEach(problem::setProperty);
		return problem;
	}

	/** One field's problem in the caller's language. */
	public String message(TandemException.FieldError error) {
		return messages.getMessage(error.messageKey(), error.args(), error.code().slug(), locale());
	}

	public String message(ErrorCode code, Object... args) {
		return messages.getMessage(code.messageKey(), args, code.slug(), locale());
	}

	/**
	 * Each field's first problem in the caller's language, for a form shown again with
	 * the problem at its field.
	 */
	public Map<String, String> byField(TandemException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fieldErrors().forEach(error -> errors.putIfAbsent(error.field(), message(error)));
		return errors;
	}

	/**
	 * Writes a problem directly, for the places outside Spring MVC (security filters).
	 */
	public void write(HttpServletResponse response, ErrorCode code, Object... args) throws IOException {
		ProblemDetail problem = of(code, args);
		response.setStatus(code.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
