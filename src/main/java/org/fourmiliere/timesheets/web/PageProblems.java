package org.fourmiliere.timesheets.web;

import org.fourmiliere.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** On the time tracker's pages, an unknown record is the 404 page and a refused request the error page: never a 500. */
@ControllerAdvice(assignableTypes = {TimePages.class, ActivityPages.class, ReportPages.class, ImportPages.class,
        ExportController.class, PunchWidget.class})
class PageProblems {

    @ExceptionHandler(Problems.NotFound.class)
    ModelAndView notFound() {
        ModelAndView mv = new ModelAndView("error/404");
        mv.setStatus(HttpStatus.NOT_FOUND);
        return mv;
    }

    @ExceptionHandler({Problems.InvalidInput.class, Problems.Conflict.class})
    ModelAndView refused() {
        ModelAndView mv = new ModelAndView("error");
        mv.setStatus(HttpStatus.BAD_REQUEST);
        return mv;
    }
}
