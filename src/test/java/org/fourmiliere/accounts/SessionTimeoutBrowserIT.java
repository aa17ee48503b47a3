package org.fourmiliere.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.fourmiliere.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person signs in, is timed out — idle too long, or signed in too long ago — and signs in again, in French and in
 * English. The session's times are aged in its store, as the hours passing would.
 */
class SessionTimeoutBrowserIT extends BrowserTest {

    @Autowired AccountDirectory accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void idleTooLongThenSignedInAgainInFrench() {
        String email = "idle-" + System.nanoTime() + "@test.local";
        accounts.createAccount(email, "idle-password-1", null, "fr", false);
        signIn(email, "idle-password-1");
        page.navigate(url("/account"));
        assertThat(page.locator("h1")).hasText("Mon compte");
        // three hours without a request (the idle timeout is two)
        jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - :ms WHERE principal_name = :e")
                .param("ms", 3 * 3_600_000L).param("e", email).update();
        page.navigate(url("/account"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?expired.*"));
        assertThat(page.locator("[role=status]")).containsText("Votre session a pris fin");
        signIn(email, "idle-password-1");
        page.navigate(url("/account"));
        assertThat(page.locator("h1")).hasText("Mon compte");
    }

    @Test
    void signedInTooLongAgoThenSignedInAgainInEnglish() {
        String email = "absolute-" + System.nanoTime() + "@test.local";
        accounts.createAccount(email, "absolute-password-1", null, "en", false);
        signIn(email, "absolute-password-1");
        page.navigate(url("/account?lang=en"));
        assertThat(page.locator("h1")).hasText("My account");
        // busy all along, but begun thirteen hours ago (the absolute timeout is twelve)
        jdbc.sql("UPDATE spring_session SET creation_time = creation_time - :ms WHERE principal_name = :e")
                .param("ms", 13 * 3_600_000L).param("e", email).update();
        page.navigate(url("/account?lang=en"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?expired.*"));
        page.navigate(url("/login?expired&lang=en"));
        assertThat(page.locator("[role=status]")).containsText("Your session has ended");
        signIn(email, "absolute-password-1");
        page.navigate(url("/account?lang=en"));
        assertThat(page.locator("h1")).hasText("My account");
    }
}
