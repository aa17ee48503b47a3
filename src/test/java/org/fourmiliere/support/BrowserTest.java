package org.fourmiliere.support;

/** A page flow in a real browser against the run's application (see {@link BrowserBase}). */
@IntegrationTest
public abstract class BrowserTest extends BrowserBase {

    public static final String ADMIN_EMAIL = "admin@test.local";
    public static final String ADMIN_PASSWORD = "admin-password-1";

    protected void signInAsAdmin() {
        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }
}
