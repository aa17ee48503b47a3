package org.fourmiliere.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.fourmiliere.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in, in French then in English; an account with a one-time password must change it first. */
class SignInBrowserIT extends BrowserTest {

    @Autowired AccountDirectory accounts;

    @Test
    void theFirstAdministratorSignsInAndSwitchesLanguage() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        assertThat(page.locator("h1")).hasText("Connexion");
        signInAsAdmin();
        page.navigate(url("/?lang=fr"));
        assertThat(page.locator("h1")).hasText("Aujourd'hui dans la fourmilière");
        assertThat(page.locator("header nav")).containsText("Administration");
        screenshot("home-fr");

        page.click("#lang-switch");
        assertThat(page.locator("h1")).hasText("Today in the anthill");
        page.click("#nav-account");
        assertThat(page.locator("h1")).hasText("My account");
        assertThat(page.locator("main")).containsText("System administration");
        screenshot("account-en");

        page.click("#lang-switch");
        assertThat(page.locator("h1")).hasText("Mon compte");
    }

    @Test
    void theLanguageChosenIsRememberedForThePersonOnAnyDevice() {
        signInAsAdmin();
        page.navigate(url("/?lang=en"));
        context.close();
        context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("fr-CA"));
        page = context.newPage();
        signInAsAdmin();
        assertThat(page.locator("h1")).hasText("Today in the anthill");
        page.navigate(url("/?lang=fr"));
        assertThat(page.locator("h1")).hasText("Aujourd'hui dans la fourmilière");
    }

    @Test
    void aWrongPasswordIsToldInTheReadersLanguage() {
        signIn(ADMIN_EMAIL, "not-the-password");
        assertThat(page.locator("[role=alert]")).hasText("Courriel ou mot de passe incorrect.");
        page.navigate(url("/login?error&lang=en"));
        assertThat(page.locator("[role=alert]")).hasText("Wrong e-mail or password.");
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
        String email = "one-time-" + System.nanoTime() + "@test.local";
        accounts.createAccount(email, "one-time-pass-1", null, "fr", true);
        signIn(email, "one-time-pass-1");
        assertThat(page).hasURL(url("/account/password"));
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/account/password"));

        page.fill("#currentPassword", "one-time-pass-1");
        page.fill("#newPassword", "short");
        page.fill("#confirmation", "short");
        page.click("#password-submit");
        assertThat(page.locator("main")).containsText("au moins 10 caractères");
        screenshot("password-too-short-fr");

        page.fill("#currentPassword", "one-time-pass-1");
        page.fill("#newPassword", "a-much-better-one");
        page.fill("#confirmation", "a-much-better-one");
        page.click("#password-submit");
        assertThat(page).hasURL(url("/account"));
        assertThat(page.locator("main")).containsText("Mot de passe changé.");
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/"));
    }

    @Test
    void aTokenIsShownOnceAndCanBeRevoked() {
        signInAsAdmin();
        page.navigate(url("/account?lang=en"));
        page.fill("#name", "laptop");
        page.click("#token-create");
        assertThat(page.locator("#new-token")).containsText("fmt_");
        page.reload();
        assertThat(page.locator("#new-token")).hasCount(0);
        assertThat(page.locator("table")).containsText("laptop");
    }
}
