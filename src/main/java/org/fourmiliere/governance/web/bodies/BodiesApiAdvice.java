package org.fourmiliere.governance.web.bodies;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fourmiliere.shared.web.ApiProblems.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * A JSON body with a value of the wrong shape (a date that is not YYYY-MM-DD, an unknown seat kind) is a 400
 * naming the field, like every other invalid input of this API. Unreadable JSON stays the shared "unreadable".
 */
@RestControllerAdvice(assignableTypes = {CommitteesApi.class, TeamsApi.class, BoardApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodiesApiAdvice {

    private final MessageSource messages;

    BodiesApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = fieldOf(e);
        var locale = LocaleContextHolder.getLocale();
        if (field == null) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("problem.unreadable", null, locale));
            pd.setType(URI.create("https://fourmiliere.org/problems/unreadable"));
            pd.setTitle(messages.getMessage("problem.title.unreadable", null, locale));
            return pd;
        }
        String message = messages.getMessage("bodies.field.unreadable", new Object[] {field}, locale);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid", null, locale));
        pd.setType(URI.create("https://fourmiliere.org/problems/invalid-input"));
        pd.setTitle(messages.getMessage("problem.title.invalid-input", null, locale));
        pd.setProperties(Map.of("errors", List.of(new FieldProblem(field, message))));
        return pd;
    }

    /** The dotted path of the JSON property that could not be read, if Jackson knows it. */
    static String fieldOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException je && !je.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference r : je.getPath()) {
                    if (r.getPropertyName() != null) {
                        if (!path.isEmpty()) path.append('.');
                        path.append(r.getPropertyName());
                    } else if (r.getIndex() >= 0) {
                        path.append('[').append(r.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }
}
