package org.fourmiliere.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** What every page shares: its title, the favicon, the empty states of the lists and the printed reports. */
class PageChromeBrowserIT extends BrowserTest {

    @Autowired People people;
    @Autowired MemberRegistration registration;
    @Autowired Clock clock;

    @Test
    void theFaviconIsAnSvgServedWithoutSigningIn() {
        var response = context.request().get(url("/favicon.svg"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("image/svg+xml");
        assertThat(response.text()).contains("<svg");
        page.navigate(url("/login"));
        assertThat(page.locator("head link[rel=icon]")).hasAttribute("href", "/favicon.svg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void thePageTitleNamesThePageAndTheCollective(String lang) {
        boolean en = "en".equals(lang);
        try {
            page.navigate(url("/login?lang=" + lang));
            assertThat(page.title()).isEqualTo((en ? "Sign in" : "Connexion") + " — Fourmilière");
            signInAsAdmin();
            page.navigate(url("/members?lang=" + lang));
            assertThat(page.title()).isEqualTo((en ? "Members" : "Membres") + " — Fourmilière");
            page.navigate(url("/time/activities"));
            assertThat(page.title()).isEqualTo((en ? "Activities" : "Activités") + " — Fourmilière");
            page.navigate(url("/"));
            assertThat(page.title()).isEqualTo("Fourmilière");
        } finally {
            page.navigate(url("/login?lang=fr"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void anEmptyListSaysWhatToDoAndLinksOnlyWhenTheReaderMayDoIt(String lang) {
        boolean en = "en".equals(lang);
        String nothing = "nothing-" + UUID.randomUUID();
        var reader = people.withAccount("reader", lang);
        registration.engageWorker(new MemberRegistration.EngageWorker(reader.id(), Engagement.VOLUNTEER,
                LocalDate.now(clock).minusMonths(1), null));
        signIn(reader.email(), reader.password());

        page.navigate(url("/members?lang=" + lang + "&q=" + nothing));
        assertThat(page.locator("#members-empty")).containsText(en ? "No member matches: change the search or the filters."
                : "Aucune fiche ne correspond : changez la recherche ou les filtres.");
        assertThat(page.locator("#members-empty a")).hasCount(0);
        screenshot("empty-members-worker-" + lang);

        page.navigate(url("/decisions?q=" + nothing));
        assertThat(page.locator("#decisions-empty")).containsText(en ? "No decision found" : "Aucune décision trouvée");
        assertThat(page.locator("#decisions-empty a")).hasAttribute("href", "/meetings");

        context.clearCookies();
        signInAsAdmin();
        try {
            page.navigate(url("/members?lang=" + lang + "&q=" + nothing));
            assertThat(page.locator("#members-empty a")).hasText(en ? "Register a new person." : "Inscrire une nouvelle personne.");
            screenshot("empty-members-admin-" + lang);
        } finally {
            page.navigate(url("/members?lang=fr"));
        }
    }

    @Test
    void aReportPrintsWithoutTheNavigationAndTheForms() {
        signInAsAdmin();
        page.navigate(url("/books/income-statement"));
        assertThat(page.locator("header nav").first()).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("header nav").first()).not().isVisible();
        assertThat(page.locator("#report-submit")).not().isVisible();
        assertThat(page.locator("main h1")).isVisible();
        screenshot("print-income-statement");
        page.navigate(url("/time/reports"));
        assertThat(page.locator("header nav").first()).not().isVisible();
        assertThat(page.locator("main h1")).isVisible();
        screenshot("print-time-reports");
    }
}
