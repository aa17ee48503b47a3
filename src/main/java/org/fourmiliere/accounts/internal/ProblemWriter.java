package org.fourmiliere.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Writes an RFC 9457 problem from a security filter, before any controller is reached. */
@Component
class ProblemWriter {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemWriter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String key)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("problem.title." + type, null, type, locale);
        String detail = messages.getMessage(key, null, key, locale);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://fourmiliere.org/problems/" + type + "\",\"title\":\""
                + json(title) + "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
                + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
