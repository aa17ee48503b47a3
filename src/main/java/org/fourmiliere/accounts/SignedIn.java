package org.fourmiliere.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The account acting in this request, with the statuses computed for it now. */
public record SignedIn(long accountId, String email, Long personId, String language, Set<Status> statuses)
        implements Serializable, java.security.Principal {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The account's e-mail: what {@code Authentication.getName()} and so the audit trail show as the actor. */
    @Override
    public String getName() {
        return email;
    }

    public boolean has(Permission permission) {
        return Permission.of(statuses).contains(permission);
    }

    /** The account of the current request, if one is signed in. */
    public static Optional<SignedIn> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedIn s) {
            return Optional.of(s);
        }
        return Optional.empty();
    }

    public static SignedIn require() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }
}
