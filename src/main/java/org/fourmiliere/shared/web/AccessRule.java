package org.fourmiliere.shared.web;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Who may call a route: a method (or {@code null} for any), an Ant-style pattern and the permission
 * required ({@code "PUBLIC"}: no sign-in; {@code "AUTHENTICATED"}: any signed-in account; otherwise an
 * authority such as {@code PERM_MANAGE_MEMBERS}). Modules contribute their rules as beans of
 * {@link AccessRules}; the security configuration applies them all, most specific first, and the access
 * matrix test walks every one of them.
 */
public record AccessRule(HttpMethod method, String pattern, String permission) {

    public static final String PUBLIC = "PUBLIC";
    public static final String AUTHENTICATED = "AUTHENTICATED";

    public static AccessRule any(String pattern, String permission) {
        return new AccessRule(null, pattern, permission);
    }

    public static AccessRule get(String pattern, String permission) {
        return new AccessRule(HttpMethod.GET, pattern, permission);
    }

    public static AccessRule write(HttpMethod method, String pattern, String permission) {
        return new AccessRule(method, pattern, permission);
    }

    /** A module's rules, as one bean. */
    public record AccessRules(List<AccessRule> rules) {
        public static AccessRules of(AccessRule... rules) {
            return new AccessRules(List.of(rules));
        }
    }
}
