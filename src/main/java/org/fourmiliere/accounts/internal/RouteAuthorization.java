package org.fourmiliere.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Applies the rules of {@link RouteAccess} to a request exactly as a list of request matchers would (most specific
 * first, the first that matches decides, a signed-in account for anything else), but only among the rules that can
 * match it. The leading segments of a path (three under {@code /api}, one elsewhere) pick a list prepared at start-up:
 * the rules whose pattern begins with those same literal segments, and those whose pattern does not begin with
 * literal segments at all, in their global order. A path whose leading segments are those of no rule (an encoded
 * character, a matrix parameter, another case) is checked against every rule, so the shortcut never opens anything:
 * a request with two hundred routes is matched against a dozen patterns instead of all of them.
 */
final class RouteAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final Map<String, RequestMatcherDelegatingAuthorizationManager> byPrefix = new LinkedHashMap<>();
    private final RequestMatcherDelegatingAuthorizationManager all;

    RouteAuthorization(List<AccessRule> rules) {
        this.all = manager(rules);
        Set<String> prefixes = new LinkedHashSet<>();
        for (AccessRule rule : rules) {
            String prefix = prefix(rule.pattern(), true);
            if (prefix != null) prefixes.add(prefix);
        }
        for (String prefix : prefixes) {
            List<AccessRule> candidates = new ArrayList<>();
            for (AccessRule rule : rules) {
                String own = prefix(rule.pattern(), true);
                if (own == null || own.equals(prefix)) candidates.add(rule);
            }
            byPrefix.put(prefix, manager(candidates));
        }
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = prefix(path, false);
        RequestMatcherDelegatingAuthorizationManager manager = prefix == null ? null : byPrefix.get(prefix);
        return (manager == null ? all : manager).authorize(authentication, request);
    }

    /**
     * The leading literal segments of a pattern or a path (three when the first is {@code api}, else one), or null when
     * there are fewer, or (for a pattern) when one of them is a variable or a wildcard.
     */
    static String prefix(String path, boolean pattern) {
        String[] segments = path.startsWith("/") ? path.substring(1).split("/", -1) : path.split("/", -1);
        int wanted = segments.length > 0 && segments[0].equals("api") ? 3 : 1;
        if (segments.length < wanted) return null;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < wanted; i++) {
            String s = segments[i];
            if (s.isEmpty() || (pattern && (s.contains("{") || s.contains("*") || s.contains("?")))) return null;
            prefix.append('/').append(s);
        }
        return prefix.toString();
    }

    private static RequestMatcherDelegatingAuthorizationManager manager(List<AccessRule> rules) {
        var builder = RequestMatcherDelegatingAuthorizationManager.builder();
        for (AccessRule rule : rules) {
            var matcher = rule.method() == null ? PathPatternRequestMatcher.pathPattern(rule.pattern())
                    : PathPatternRequestMatcher.pathPattern(rule.method(), rule.pattern());
            builder.add(matcher, decide(rule.access()));
        }
        builder.add(AnyRequestMatcher.INSTANCE, AuthenticatedAuthorizationManager.authenticated());
        return builder.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> decide(AccessRule.Access access) {
        return switch (access) {
            case AccessRule.Public p -> (authentication, context) -> new AuthorizationDecision(true);
            case AccessRule.SignedIn s -> AuthenticatedAuthorizationManager.authenticated();
            case AccessRule.Holding h -> AuthorityAuthorizationManager.hasAuthority(h.permission().authority());
        };
    }
}
