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

/** Errors on pages become a page with the catalogue message and the right status, never a stack trace. */
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
		return page(ErrorCode.T1004, problems.message(ErrorCode.T1004));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException ex) {
		return page(ErrorCode.T1008, problems.message(ErrorCode.T1008));
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) {
		log.error("Unexpected failure on a page: {}", ex.getClass().getName(), ApiExceptionHandler.withoutMessage(ex));
		return page(ErrorCode.T1099, problems.message(ErrorCode.T1099));
	}

	private static ModelAndView page(ErrorCode code, String message) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("code", code.name());
		page.addObject("message", message);
		page.setStatus(code.status());
		return page;
	}
}
