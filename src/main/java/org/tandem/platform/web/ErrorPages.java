package org.tandem.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Problems;

/**
 * What the servlet container shows when nothing else handled an error (an unknown
 * address, a failure before any controller): a problem for API callers, a page for
 * people.
 */
@Controller
class ErrorPages implements ErrorController {

	private final Problems problems;

	ErrorPages(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		ErrorCode code = codeFor(request);
		response.setStatus(code.status().value());
		ModelAndView page = new ModelAndView("error");
		page.addObject("code", code.code());
		page.addObject("message", problems.message(code, arguments(code, request)));
		page.setStatus(code.status());
		return page;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		ErrorCode code = codeFor(request);
		return ResponseEntity.status(code.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problems.of(code, arguments(code, request)));
	}

	/**
	 * What the message of the code names, from the request that failed (never from what
	 * it carried).
	 */
	private static Object[] arguments(ErrorCode code, HttpServletRequest request) {
		return switch (code) {
			// an error dispatch is a GET; the method that failed is kept aside
			case METHOD_NOT_ALLOWED ->
				new Object[] { request.getAttribute(RequestDispatcher.ERROR_METHOD) instanceof String method ? method
						: request.getMethod() };
			case UNSUPPORTED_MEDIA_TYPE -> new Object[] { String.valueOf(request.getContentType()) };
			case MALFORMED_REQUEST -> new Object[] {
					new DefaultMessageSourceResolvable(new String[] { "error.request.malformed" }, "malformed") };
			default -> new Object[0];
		};
	}

	private static ErrorCode codeFor(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int value = status instanceof Integer number ? number : 500;
		return switch (HttpStatus.resolve(value) == null ? HttpStatus.INTERNAL_SERVER_ERROR
				: HttpStatus.resolve(value)) {
			case NOT_FOUND -> ErrorCode.NOT_FOUND;
			case METHOD_NOT_ALLOWED -> ErrorCode.METHOD_NOT_ALLOWED;
			case UNSUPPORTED_MEDIA_TYPE -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
			case NOT_ACCEPTABLE -> ErrorCode.NOT_ACCEPTABLE;
			case UNAUTHORIZED -> ErrorCode.NOT_AUTHENTICATED;
			case FORBIDDEN -> ErrorCode.ACCESS_DENIED;
			case BAD_REQUEST, CONTENT_TOO_LARGE -> ErrorCode.MALFORMED_REQUEST;
			default -> ErrorCode.INTERNAL_ERROR;
		};
	}

}
