package org.tandem.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.tandem.platform.ErrorCode;
import org.tandem.platform.Problems;
import org.tandem.platform.TandemException;

/**
 * Errors on pages become a page with the catalogue message and the right status, never a
 * stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final Problems problems;

	PageExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(TandemException.class)
	ModelAndView tandem(TandemException ex) {
		return page(ex.code(), problems.message(ex.code(), ex.args()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView mismatch(MethodArgumentTypeMismatchException ex) {
		return page(ErrorCode.NOT_FOUND, problems.message(ErrorCode.NOT_FOUND));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException ex) {
		return page(ErrorCode.ACCESS_DENIED, problems.message(ErrorCode.ACCESS_DENIED));
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) {
		log.error("Unexpected failure on a page: {}", ex.getClass().getName(), ApiExceptionHandler.withoutMessage(ex));
		return page(ErrorCode.INTERNAL_ERROR, problems.message(ErrorCode.INTERNAL_ERROR));
	}

	private static ModelAndView page(ErrorCode code, String message) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("code", code.code());
		page.addObject("message", message);
		page.setStatus(code.status());
		return page;
	}

}
