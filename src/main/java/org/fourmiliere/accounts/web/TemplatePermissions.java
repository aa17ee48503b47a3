package org.fourmiliere.accounts.web;

import org.fourmiliere.accounts.Permission;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the reader of a page may do, for templates: {@code th:if="${@permissions.has('MANAGE_BODIES')}"}. The name
 * must be one of {@link Permission}: an unknown name fails the page rather than hiding a part of it for good.
 * {@code TemplatePermissionsTest} checks every name used in the templates.
 */
@Component("permissions")
public class TemplatePermissions {

    /** Whether the signed-in reader holds the permission named; never for an anonymous visitor. */
    public boolean has(String permission) {
        String authority = named(permission).authority();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) return false;
        for (GrantedAuthority granted : auth.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) return true;
        }
        return false;
    }

    static Permission named(String permission) {
        try {
            return Permission.valueOf(permission);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("No permission named " + permission + " in " + Permission.class.getName(), e);
        }
    }
}
