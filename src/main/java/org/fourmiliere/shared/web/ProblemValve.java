package org.fourmiliere.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Requests that the web server itself refuses before any of our code sees them (a path with an encoded NUL or
 * invalid UTF-8, a malformed request line): answered, like every other refusal, by a short RFC 9457 problem in the
 * caller's language instead of the server's HTML page. Replaces Tomcat's error report valve.
 */
@Configuration(proxyBeanMethods = false)
class ProblemValve {

    @Bean
    Customizer problemErrorReports(ObjectProvider<MessageSource> messages) {
        return new Customizer() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                // requests refused before any host is chosen (an invalid URI) go through the engine's pipeline only
                factory.addEngineValves(new Report(messages));
                factory.addContextCustomizers(context -> {
                    var pipeline = context.getParent().getPipeline();
                    for (Valve v : pipeline.getValves()) {
                        if (v instanceof ErrorReportValve) pipeline.removeValve(v);
                    }
                    pipeline.addValve(new Report(messages));
                    // the host adds its own report valve at start unless one of this class is there
                    if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                        host.setErrorReportValveClass(Report.class.getName());
                    }
                });
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        };
    }

    interface Customizer extends WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {}

    /** Tomcat's error report, written as a problem. */
    static final class Report extends ErrorReportValve {
        private final ObjectProvider<MessageSource> messages;

        Report(ObjectProvider<MessageSource> messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
            Locale locale = request.getLocale() == null ? Locale.FRENCH : request.getLocale();
            if (!locale.getLanguage().equals("en")) locale = Locale.FRENCH;
            String type = ErrorResponses.type(status);
            MessageSource m = messages.getIfAvailable();
            String detailKey = status == 400 ? "problem.bad-encoding" : status == 404 ? "problem.not-found" : "error.text";
            String title = m == null ? type : m.getMessage("problem.title." + type, null, type, locale);
            String detail = m == null ? type : m.getMessage(detailKey, null, detailKey, locale);
            boolean html = String.valueOf(request.getHeader("Accept")).contains("text/html");
            String body = html ? "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                    + escapeHtml(title) + "</title></head><body><h1>" + escapeHtml(title) + "</h1><p>" + escapeHtml(detail)
                    + "</p></body></html>"
                    : "{\"type\":\"https://fourmiliere.org/problems/" + type + "\",\"title\":\"" + escape(title)
                    + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\"}";
            try {
                response.setContentType(html ? "text/html" : "application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer w = response.getReporter();
                if (w != null) {
                    w.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // the client went away: nothing to answer
            }
        }

        private static String escapeHtml(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        private static String escape(String s) {
            return s.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
