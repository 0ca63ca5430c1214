package org.tandem.platform.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Problems;
import org.tandem.platform.Problems.FieldProblem;
import org.tandem.platform.TandemException;

/**
 * Maps every failure of the JSON API to problem details with a catalogue code: one place.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Problems problems;

	ApiExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(TandemException.class)
	ResponseEntity<ProblemDetail> tandem(TandemException ex) {
		return respond(problems.of(ex));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		List<FieldProblem> fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), fieldCode(error).code(), error.getDefaultMessage()))
			.toList();
		return respond(problems.of(ErrorCode.VALIDATION_FAILED, fields, Map.of()));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameter(HandlerMethodValidationException ex) {
		return respond(problems.of(ErrorCode.INVALID_PARAMETER,
				ex.getParameterValidationResults()
					.stream()
					.findFirst()
					.map(result -> result.getMethodParameter().getParameterName())
					.orElse("?")));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		if (RequestSizeLimitFilter.causedByOversizedBody(ex)) {
			return respond(problems.of(ErrorCode.REQUEST_TOO_LARGE, RequestSizeLimitFilter.limitOf(ex)));
		}
		return respond(problems.of(JsonErrors.describe(ex)));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex) {
		// A malformed id in the path names nothing that exists: 404, like an unknown one.
		if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			return respond(problems.of(ErrorCode.NOT_FOUND));
		}
		return respond(problems.of(ParameterErrors.describe(ex.getName(), ex.getRequiredType(), ex.getValue())));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex) {
		return respond(problems.of(ErrorCode.INVALID_PARAMETER, ex.getParameterName()));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return respond(problems.of(ErrorCode.METHOD_NOT_ALLOWED, ex.getMethod()));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return respond(problems.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, String.valueOf(ex.getContentType())));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return respond(problems.of(ErrorCode.ACCESS_DENIED));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		// Log the type and stack only: messages of database errors can carry submitted
		// values.
		log.error("Unexpected failure in the API: {}", ex.getClass().getName(), withoutMessage(ex));
		return respond(problems.of(ErrorCode.INTERNAL_ERROR));
	}

	/**
	 * A string over its {@code @Size} is the one "too long" of the catalogue; other
	 * constraints keep T1002.
	 */
	private static ErrorCode fieldCode(org.springframework.validation.FieldError error) {
		return "Size".equals(error.getCode()) && error.getRejectedValue() instanceof String ? ErrorCode.TEXT_TOO_LONG
				: ErrorCode.VALIDATION_FAILED;
	}

	static Throwable withoutMessage(Throwable ex) {
		Throwable copy = new Throwable(ex.getClass().getName());
		copy.setStackTrace(ex.getStackTrace());
		return copy;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
