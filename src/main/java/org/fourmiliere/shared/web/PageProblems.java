package org.fourmiliere.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fourmiliere.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Errors raised behind a page that has no form to re-render (a missing record, a stale action): an error
 * page in the reader's language with the right status, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private static final Logger log = LoggerFactory.getLogger(PageProblems.class);
    private final MessageSource messages;
    private final ApiProblems api;

    PageProblems(MessageSource messages, ApiProblems api) {
        this.messages = messages;
        this.api = api;
    }

    // A controller that serves a page also under /api/ (a download, say) answers there as the API does: a problem.

    @ExceptionHandler(Problems.NotFound.class)
    Object notFound(Problems.NotFound e, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (isApi(request)) return problem(api.notFound(e));
        return page(404, e.messageKey(), e.args(), model, response);
    }

    @ExceptionHandler(Problems.InvalidInput.class)
    Object invalid(Problems.InvalidInput e, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (isApi(request)) return problem(api.invalid(e));
        return page(400, e.messageKey(), e.args(), model, response);
    }

    @ExceptionHandler(Problems.Conflict.class)
    Object conflict(Problems.Conflict e, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (isApi(request)) return problem(api.conflict(e));
        return page(409, e.messageKey(), e.args(), model, response);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail pd) {
        return ResponseEntity.status(pd.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badParameter(Exception e, Model model, HttpServletResponse response) {
        log.debug("Bad page parameter: {}", e.getMessage());
        return page(400, "error.bad-request", new Object[0], model, response);
    }

    /** An upload that is not a form upload, or too large: the form's page says so, nothing is read. */
    @ExceptionHandler(MultipartException.class)
    String badUpload(MultipartException e, Model model, HttpServletResponse response) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        return page(tooLarge ? 413 : 400, tooLarge ? "problem.upload-too-large" : "problem.upload-expected", new Object[0], model, response);
    }

    private String page(int status, String key, Object[] args, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
        return "error/problem";
    }
}
