package org.fourmiliere.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to every error that no controller advice turned into a response: a request refused before any
 * controller was chosen (no route accepting its content type, a query that is not valid UTF-8, a form that cannot be
 * parsed, a path the firewall refuses), or an exception thrown by a filter. On the API it is an RFC 9457 problem in
 * the caller's language; on pages, the error page. A fault of the request is a 4xx, never a 500: the exceptions
 * that mean the request is bad ({@link #clientFault}) are told apart from the application's own failures.
 */
@Controller
@Public
@RequestMapping("${server.error.path:/error}")
class ErrorResponses implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);
    private static final Pattern PARAMETER = Pattern.compile("Parameter \\[([^\\]]{1,100})]");

    private final MessageSource messages;
    private final JsonMapper json;

    ErrorResponses(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        String key = switch (status) {
            case 400 -> "problem.invalid";
            case 401 -> "problem.unauthorized";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.not-found";
            case 405 -> "problem.method";
            case 406 -> "problem.not-acceptable";
            case 413 -> "problem.upload-too-large";
            case 415 -> "problem.media-type";
            default -> status >= 500 ? "error.text" : "error.bad-request";
        };
        String field = null;
        ClientFault fault = clientFault(cause);
        if (request.getAttribute(RequestHygiene.REFUSED_PARAMETER) instanceof String refused) {
            fault = new ClientFault(400, "problem.field-bad-encoding", refused);
        }
        if (fault != null) {
            status = fault.status();
            key = fault.key();
            field = fault.field();
        } else if (status >= 500 && cause != null) {
            log.error("Request {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), cause);
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        Locale locale = LocaleContextHolder.getLocale();
        String detail = messages.getMessage(key, field == null ? new Object[0] : new Object[] {field}, key, locale);
        if (uri.startsWith(request.getContextPath() + "/api/") || !acceptsHtml(request)) {
            String type = type(status);
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
            pd.setType(URI.create("https://fourmiliere.org/problems/" + type));
            pd.setTitle(messages.getMessage("problem.title." + type, null, type, locale));
            pd.setInstance(URI.create(uri.replaceAll("[^A-Za-z0-9/._~-]", "_")));
            if (field != null) pd.setProperties(Map.of("errors", List.of(new ApiProblems.FieldProblem(field, detail))));
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), pd);
            return null;
        }
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", status);
        page.addObject("message", status == 404 ? messages.getMessage("error.404.text", null, locale) : detail);
        return page;
    }

    record ClientFault(int status, String key, String field) {}

    /** The answer owed to a request whose failure is its own fault, or null when the failure is the application's. */
    static ClientFault clientFault(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException) return new ClientFault(413, "problem.upload-too-large", null);
            if (t instanceof MultipartException) return new ClientFault(400, "problem.upload-expected", null);
            String name = t.getClass().getName();
            if (name.equals("org.apache.tomcat.util.http.InvalidParameterException")
                    || t instanceof java.nio.charset.CharacterCodingException) {
                Matcher m = PARAMETER.matcher(String.valueOf(cause.getMessage()));
                String field = m.find() ? m.group(1).replaceAll("[^A-Za-z0-9_.-]", "") : null;
                return new ClientFault(400, field == null || field.isEmpty() ? "problem.bad-encoding" : "problem.field-bad-encoding",
                        field == null || field.isEmpty() ? null : field);
            }
            if (name.equals("org.springframework.security.web.firewall.RequestRejectedException")) {
                return new ClientFault(400, "problem.bad-encoding", null);
            }
        }
        return null;
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    static String type(int status) {
        return switch (status) {
            case 400 -> "invalid-input";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "server-error" : "invalid-input";
        };
    }
}
