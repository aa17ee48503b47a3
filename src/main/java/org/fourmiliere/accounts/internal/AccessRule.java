package org.fourmiliere.accounts.internal;

import org.fourmiliere.accounts.Permission;
import org.springframework.http.HttpMethod;

/**
 * Who may call a route: a method ({@code null} for any), a path pattern and the access it needs. Derived from
 * the controllers' annotations by {@link RouteAccess}; the security configuration applies them, most specific
 * first.
 */
record AccessRule(HttpMethod method, String pattern, Access access) {

    /** What a route needs: nothing, a signed-in account, or a permission. */
    sealed interface Access {
        Access PUBLIC = new Public();
        Access SIGNED_IN = new SignedIn();

        static Access holding(Permission permission) {
            return new Holding(permission);
        }
    }

    record Public() implements Access {
        @Override public String toString() { return "public"; }
    }

    record SignedIn() implements Access {
        @Override public String toString() { return "any signed-in account"; }
    }

    record Holding(Permission permission) implements Access {
        @Override public String toString() { return permission.name(); }
    }

    static AccessRule get(String pattern, Access access) {
        return new AccessRule(HttpMethod.GET, pattern, access);
    }

    @Override
    public String toString() {
        return (method == null ? "ANY" : method.name()) + " " + pattern + " -> " + access;
    }
}
