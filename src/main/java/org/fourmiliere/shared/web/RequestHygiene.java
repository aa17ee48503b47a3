package org.fourmiliere.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, the parameters no person sends: a query string that is not valid UTF-8 once
 * decoded, and a NUL character in a query parameter or in a page form's field. The refusal is a 400 naming the
 * parameter (an RFC 9457 problem on the API, the error page on pages; see {@link ErrorResponses}). Bodies of the API
 * are left to their readers (JSON: {@link NulRefusal}); a form body is read here only on pages, which read it anyway.
 */
@Configuration(proxyBeanMethods = false)
class RequestHygiene {

    /** The request attribute naming the refused parameter, read by {@link ErrorResponses}. */
    static final String REFUSED_PARAMETER = RequestHygiene.class.getName() + ".parameter";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestHygieneFilter(org.springframework.context.MessageSource messages,
                                                                      tools.jackson.databind.json.JsonMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String refused = refusedInQuery(request.getQueryString());
                if (refused == null && isPageForm(request)) refused = refusedInForm(request.getParameterMap());
                if (refused != null) {
                    request.setAttribute(REFUSED_PARAMETER, refused);
                    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                        // answered here: an error dispatch would read the same unreadable query again
                        java.util.Locale locale = "en".equals(request.getLocale().getLanguage()) ? java.util.Locale.ENGLISH : java.util.Locale.FRENCH;
                        String detail = messages.getMessage("problem.field-bad-encoding", new Object[] {refused}, locale);
                        var pd = org.springframework.http.ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.BAD_REQUEST, detail);
                        pd.setType(java.net.URI.create("https://fourmiliere.org/problems/invalid-input"));
                        pd.setTitle(messages.getMessage("problem.title.invalid-input", null, locale));
                        pd.setProperties(Map.of("errors", java.util.List.of(new ApiProblems.FieldProblem(refused, detail))));
                        response.setStatus(400);
                        response.setContentType("application/problem+json");
                        response.setCharacterEncoding("UTF-8");
                        json.writeValue(response.getOutputStream(), pd);
                        return;
                    }
                    response.sendError(400);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        bean.setName("requestHygiene");
        return bean;
    }

    private static boolean isPageForm(HttpServletRequest request) {
        String type = request.getContentType();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && !path.startsWith("/api/");
    }

    /** The first parameter of the raw query string whose name or value is not valid UTF-8 or holds a NUL, or null. */
    static String refusedInQuery(String query) {
        if (query == null || query.isEmpty()) return null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String name = decode(rawName);
            String value = decode(rawValue);
            if (name == null || value == null || name.indexOf('\u0000') >= 0 || value.indexOf('\u0000') >= 0) {
                String shown = name == null ? "?" : name.replaceAll("[^A-Za-z0-9_.\\-\\[\\]]", "");
                return shown.isEmpty() ? "?" : shown.substring(0, Math.min(shown.length(), 100));
            }
        }
        return null;
    }

    static String refusedInForm(Map<String, String[]> parameters) {
        for (var e : parameters.entrySet()) {
            boolean bad = e.getKey().indexOf('\u0000') >= 0;
            for (String v : e.getValue()) bad |= v != null && v.indexOf('\u0000') >= 0;
            if (bad) {
                String shown = e.getKey().replaceAll("[^A-Za-z0-9_.\\-\\[\\]]", "");
                return shown.isEmpty() ? "?" : shown;
            }
        }
        return null;
    }

    /** Percent-decoding (with + as space) that refuses bytes which are not UTF-8: null then. */
    static String decode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                int hi = Character.digit(raw.charAt(i + 1), 16), lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else if (c == '%') {
                return null;
            } else if (c > 0x7f) {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.put(encoded);
            } else {
                bytes.put((byte) (c == '+' ? ' ' : c));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
