package org.fourmiliere.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fourmiliere.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every error of the JSON API into an RFC 9457 problem with a translated detail. Validation errors
 * list each field with its message under {@code errors}. Only controllers annotated {@link ApiController}
 * are concerned; pages handle their own errors by re-rendering forms.
 */
@RestControllerAdvice(annotations = ApiController.class)
public class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    public record FieldProblem(String field, String message) {}

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(fe.getField(), messages.getMessage(fe, locale())));
        }
        e.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(new FieldProblem(null, messages.getMessage(ge, locale()))));
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", msg("problem.invalid"), errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                errors.add(new FieldProblem(r.getMethodParameter().getParameterName(), messages.getMessage(err, locale())))));
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", msg("problem.invalid"), errors);
    }

    @ExceptionHandler(Problems.InvalidInput.class)
    ProblemDetail invalid(Problems.InvalidInput e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", msg(e.messageKey(), e.args()),
                e.field() == null ? List.of() : List.of(new FieldProblem(e.field(), msg(e.messageKey(), e.args()))));
    }

    @ExceptionHandler(Problems.Conflict.class)
    ProblemDetail conflict(Problems.Conflict e) {
        return problem(HttpStatus.CONFLICT, "conflict", msg(e.messageKey(), e.args()),
                e.field() == null ? List.of() : List.of(new FieldProblem(e.field(), msg(e.messageKey(), e.args()))));
    }

    @ExceptionHandler(Problems.NotFound.class)
    ProblemDetail notFound(Problems.NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", msg(e.messageKey(), e.args()), List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noRoute(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", msg("problem.not-found"), List.of());
    }

    /**
     * A body that is not JSON is "unreadable"; a JSON value of the wrong shape (a date that is not YYYY-MM-DD,
     * an unknown kind) is invalid input naming its field, like every other invalid input.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = fieldOf(e);
        if (field == null) {
            return problem(HttpStatus.BAD_REQUEST, "unreadable", msg("problem.unreadable"), List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", msg("problem.invalid"),
                List.of(new FieldProblem(field, msg("problem.field-unreadable", field))));
    }

    /** The dotted path of the JSON property that could not be read, if the JSON parser knows it. */
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

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String m = msg("problem.type-mismatch", e.getName(), String.valueOf(e.getValue()));
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", m, List.of(new FieldProblem(e.getName(), m)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        String m = msg("problem.missing-parameter", e.getParameterName());
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", m, List.of(new FieldProblem(e.getParameterName(), m)));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        String m = msg("problem.missing-parameter", e.getHeaderName());
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", m, List.of(new FieldProblem(e.getHeaderName(), m)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", msg("problem.method"), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", msg("problem.media-type"), List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail badUpload(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", msg("problem.upload-too-large"), List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", msg("problem.upload-expected"), List.of());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "conflict", msg("problem.duplicate"), List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", msg("problem.constraint"), List.of());
    }

    ProblemDetail problem(HttpStatus status, String type, String detail, List<FieldProblem> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("https://fourmiliere.org/problems/" + type));
        pd.setTitle(msg("problem.title." + type));
        if (!errors.isEmpty()) {
            pd.setProperties(Map.of("errors", errors));
        }
        return pd;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
