package org.fourmiliere.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (the form's POST /login, or an HTTP Basic header on the API) while its account name or its
 * address is throttled ({@link SignInThrottle}), before its password is checked. The answer is the same whether an
 * account has that name or not.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final ProblemWriter problems;
    private final boolean api;

    SignInThrottleFilter(SignInThrottle throttle, ProblemWriter problems, boolean api) {
        this.throttle = throttle;
        this.problems = problems;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = null;
        boolean signIn = false;
        if (api) {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                signIn = true;
                try {
                    String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    name = colon < 0 ? decoded : decoded.substring(0, colon);
                } catch (IllegalArgumentException e) {
                    name = null;
                }
            }
        } else if ("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            signIn = true;
            name = request.getParameter("username");
        }
        if (signIn) {
            SignInThrottle.Refusal refusal = throttle.check(name, request.getRemoteAddr());
            if (refusal != SignInThrottle.Refusal.NONE) {
                String key = refusal == SignInThrottle.Refusal.ACCOUNT ? "login.locked" : "login.throttled";
                if (api) {
                    response.setHeader("Retry-After", "60");
                    problems.write(request, response, 429, "too-many-sign-ins", key);
                } else {
                    response.sendRedirect(request.getContextPath()
                            + (refusal == SignInThrottle.Refusal.ACCOUNT ? "/login?locked" : "/login?throttled"));
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
