package org.fourmiliere.members.web;

import org.fourmiliere.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page asked about a record that does not exist answers 404; a refused write not tied to a form, 400. */
@ControllerAdvice(assignableTypes = {MemberPages.class, MemberCsv.class})
class MemberPageErrors {

    @ExceptionHandler(Problems.NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler({Problems.InvalidInput.class, Problems.Conflict.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused() {
        return "error";
    }
}
