package org.fourmiliere.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a sane one (a proxy's), else a new one. It is
 * in every log line written for the request ({@code requestId} in the MDC; in the structured logs' JSON) and in the
 * answer's {@code X-Request-Id} header, so that a person's report of a failure leads to its log lines.
 */
@Configuration(proxyBeanMethods = false)
class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String given = request.getHeader(HEADER);
                String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
                MDC.put(MDC_KEY, id);
                response.setHeader(HEADER, id);
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove(MDC_KEY);
                }
            }
        });
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        bean.setName("requestIds");
        return bean;
    }
}
