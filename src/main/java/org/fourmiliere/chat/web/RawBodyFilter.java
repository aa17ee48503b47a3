package org.fourmiliere.chat.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the raw body of a slash command before anything reads its form parameters: Slack signs the bytes as they
 * were sent, and a parameter read by a filter or interceptor would consume them. The body (at most 64 KiB) is
 * replayed to the rest of the chain and kept in the request attribute {@link #RAW_BODY}.
 */
@Configuration(proxyBeanMethods = false)
class RawBodyFilter {

    static final String RAW_BODY = RawBodyFilter.class.getName() + ".body";
    static final int MAX = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> chatRawBodyFilter() {
        var bean = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/api/v1/chat/slash");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                byte[] body;
                try (InputStream in = request.getInputStream()) {
                    body = in.readNBytes(MAX);
                }
                request.setAttribute(RAW_BODY, body);
                chain.doFilter(new Replayed(request, body), response);
            }
        });
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.addUrlPatterns("/api/v1/chat/slash");
        return bean;
    }

    /** The request with its body given again from memory (parameters then come from the body as usual). */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            };
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            return java.util.Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
