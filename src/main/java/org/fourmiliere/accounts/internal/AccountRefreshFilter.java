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
 * On every request, puts the signed-in account as it is now, with its statuses and permissions, in the
 * security context, so that a change of status (dues paid, seat ended, eligibility lost, account disabled)
 * takes effect at once. Both come from the {@link StatusCache}, computed again after any committed change that
 * may alter them. An account that must change its password is sent to do so before anything else.
 */
final class AccountRefreshFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private final AccountService accounts;
    private final StatusService statuses;
    private final StatusCache cache;
    private final ProblemWriter problems;

    AccountRefreshFilter(AccountService accounts, StatusService statuses, StatusCache cache, ProblemWriter problems) {
        this.accounts = accounts;
        this.statuses = statuses;
        this.cache = cache;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Long accountId = accountIdOf(auth);
        if (accountId != null) {
            Optional<StatusCache.Entry> entry = cache.get(accountId, this::load);
            if (entry.isEmpty() || !entry.get().row().enabled()) {
                SecurityContextHolder.clearContext();
                if (request.getSession(false) != null) request.getSession(false).invalidate();
            } else {
                var fresh = UsernamePasswordAuthenticationToken.authenticated(entry.get().signedIn(), null,
                        entry.get().authorities());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(fresh);
                SecurityContextHolder.setContext(context);
                if (entry.get().row().mustChangePassword() && !mayPassWithOldPassword(request)) {
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

    private Optional<StatusCache.Entry> load(long accountId) {
        return accounts.byId(accountId).map(row -> {
            SignedIn signedIn = statuses.signedIn(row);
            return new StatusCache.Entry(row, signedIn, StatusService.authorities(signedIn.statuses()));
        });
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
                || path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/favicon.ico")
                || path.equals("/favicon.svg");
    }
}
