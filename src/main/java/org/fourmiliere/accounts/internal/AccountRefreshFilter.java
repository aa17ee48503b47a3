package org.fourmiliere.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.fourmiliere.accounts.SignedIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request, reloads the signed-in account and recomputes its statuses and permissions, so that a
 * change of status (dues paid, seat ended, eligibility lost, account disabled) takes effect at once. An
 * account that must change its password is sent to do so before anything else.
 */
final class AccountRefreshFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private final AccountService accounts;
    private final StatusService statuses;
    private final ProblemWriter problems;

    AccountRefreshFilter(AccountService accounts, StatusService statuses, ProblemWriter problems) {
        this.accounts = accounts;
        this.statuses = statuses;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Long accountId = accountIdOf(auth);
        if (accountId != null) {
            Optional<AccountRow> row = accounts.byId(accountId);
            if (row.isEmpty() || !row.get().enabled()) {
                SecurityContextHolder.clearContext();
                if (request.getSession(false) != null) request.getSession(false).invalidate();
            } else {
                SignedIn signedIn = statuses.signedIn(row.get());
                var fresh = UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                        StatusService.authorities(signedIn.statuses()));
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(fresh);
                SecurityContextHolder.setContext(context);
                if (row.get().mustChangePassword() && !mayPassWithOldPassword(request)) {
                    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                        problems.write(request, response, 403, "password-change-required", "account.password.must-change");
                    } else {
                        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                    }
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static Long accountIdOf(Authentication auth) {
        if (auth == null) return null;
        Object p = auth.getPrincipal();
        if (p instanceof AccountUserDetails d) return d.id();
        if (p instanceof SignedIn s) return s.accountId();
        if (p instanceof BearerTokenFilter.TokenAccount t) return t.accountId();
        return null;
    }

    private static boolean mayPassWithOldPassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/webjars/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/favicon.ico");
    }
}
