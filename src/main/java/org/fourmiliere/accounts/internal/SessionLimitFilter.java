package org.fourmiliere.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than the absolute timeout ({@code fourmiliere.session.absolute-timeout}), however busy it has
 * been; the idle timeout is the sessions' own ({@code spring.session.timeout}). Both are counted on the wall clock of
 * the sessions' store (its creation and last access times), which every node shares. The person is sent to the
 * sign-in page, which says why; an htmx request is told to go there.
 */
final class SessionLimitFilter extends OncePerRequestFilter {

    private final Duration absolute;

    SessionLimitFilter(Duration absolute) {
        this.absolute = absolute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        // the store marks the session accessed now as it reads it: its last access is this request's time on its clock
        if (session != null && session.getLastAccessedTime() - session.getCreationTime() > absolute.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            String login = request.getContextPath() + "/login?expired";
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", login);
                response.setStatus(401);
            } else {
                response.sendRedirect(login);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
