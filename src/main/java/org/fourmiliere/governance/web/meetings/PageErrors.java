package org.fourmiliere.governance.web.meetings;

import org.fourmiliere.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** On the pages of meetings, decisions and eligibility: something missing is a 404 page, a bad parameter a 400. */
@ControllerAdvice(assignableTypes = {MeetingsPages.class, DecisionsPages.class, EligibilityPages.class, CalendarPages.class})
class PageErrors {

    @ExceptionHandler(Problems.NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter() {
        return "error/404";
    }
}
