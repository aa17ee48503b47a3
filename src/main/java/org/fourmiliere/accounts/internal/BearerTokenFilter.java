package org.fourmiliere.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Accepts {@code Authorization: Bearer <personal access token>} on the API. A bad token is a 401, never ignored. */
final class BearerTokenFilter extends OncePerRequestFilter {

    record TokenAccount(long accountId) implements Serializable {}

    private final TokenService tokens;
    private final ProblemWriter problems;

    BearerTokenFilter(TokenService tokens, ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /**
     * Endpoints that check a bearer token of their own, not a person's: the mail server's token of the raw inbound
     * mail ({@code fourmiliere.mail.inbound-token}).
     */
    static final java.util.Set<String> OWN_TOKEN_PATHS = java.util.Set.of("/api/v1/mail/inbound", "/api/v1/chat/slash", "/api/v1/chat/matrix");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return OWN_TOKEN_PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Long> account = tokens.authenticate(header.substring(7).trim());
            if (account.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                problems.write(request, response, 401, "unauthorized", "token.invalid");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    new TokenAccount(account.get()), null, List.of()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
