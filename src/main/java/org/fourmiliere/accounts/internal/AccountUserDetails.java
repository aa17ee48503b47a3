package org.fourmiliere.accounts.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An account as Spring Security sees it at sign-in; the permissions are computed afresh on each request. */
final class AccountUserDetails implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    AccountUserDetails(AccountRow row, boolean locked) {
        this.id = row.id();
        this.email = row.email();
        this.passwordHash = row.passwordHash();
        this.enabled = row.enabled();
        this.locked = locked;
    }

    long id() { return id; }

    @Override public Collection<? extends GrantedAuthority> getAuthorities() { return List.of(); }
    @Override public String getPassword() { return passwordHash; }
    @Override public String getUsername() { return email; }
    @Override public boolean isAccountNonLocked() { return !locked; }
    @Override public boolean isEnabled() { return enabled; }
    @Override public void eraseCredentials() { passwordHash = null; }
}
