package org.fourmiliere.members.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.fourmiliere.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The registry's pages in a real browser, in French and in English. */
class MembersBrowserIT extends BrowserTest {

    @AfterEach
    void backToFrench() {
        // the language is remembered on the administrator's account: leave it as other tests expect it
        if (page != null) page.navigate(url("/members?lang=fr"));
    }

    @Test
    void createAPersonAndAnOrganisationInFrenchThenSeeThemInEnglish() {
        String t = UUID.randomUUID().toString().substring(0, 6);
        String person = "Geneviève Tremblay " + t;
        String org = "Coopérative La Ruche " + t;
        signInAsAdmin();
        page.navigate(url("/members?lang=fr"));
        assertThat(page.locator("h1")).hasText("Membres");

        page.click("#new-person");
        assertThat(page.locator("h1")).hasText("Nouvelle personne");
        page.fill("#name", person);
        page.fill("#email", "genevieve-" + t + "@example.org");
        page.fill("#phone", "514-555-0142");
        page.selectOption("#language", "fr");
        page.fill("#address", "1234, rue Rachel Est, Montréal");
        screenshot("members-person-form-fr");
        page.click("#member-submit");
        assertThat(page.locator("#member-name")).hasText(person);
        assertThat(page.locator("#notice")).hasText("Fiche créée.");
        assertThat(page.locator("#member-kind")).hasText("Personne");
        assertThat(page.locator("#memberships")).containsText("Adhésions");
        assertThat(page.locator("#history")).containsText("Création");
        String personUrl = page.url();

        // dues of the current fiscal year make the person a member in good standing
        page.fill("#dues-amount", "20");
        page.selectOption("#dues-method", "CASH");
        page.click("#dues-submit");
        assertThat(page.locator("#notice")).hasText("Cotisation inscrite.");
        assertThat(page.locator("#standing")).hasText("Membre en règle");
        assertThat(page.locator("#history")).containsText("Cotisation inscrite");
        screenshot("members-person-fr");

        // a sign-in for the person: the one-time password is shown once
        page.click("#create-account");
        assertThat(page.locator("#one-time-password")).hasText(java.util.regex.Pattern.compile("^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$"));
        screenshot("members-sign-in-created-fr");
        page.navigate(personUrl);
        assertThat(page.locator("#has-account")).isVisible();
        assertThat(page.locator("#one-time-password")).hasCount(0);

        page.navigate(url("/members"));
        page.click("#new-organisation");
        assertThat(page.locator("h1")).hasText("Nouvelle organisation");
        page.fill("#name", org);
        page.selectOption("#organisationKind", "COOP");
        page.selectOption("#representativeId", new com.microsoft.playwright.options.SelectOption().setLabel(
                person + " <genevieve-" + t + "@example.org>"));
        page.fill("#email", "info-" + t + "@laruche.example");
        screenshot("members-organisation-form-fr");
        page.click("#member-submit");
        assertThat(page.locator("#member-name")).hasText(org);
        assertThat(page.locator("#organisation-kind")).hasText("Coopérative");
        assertThat(page.locator("#member-representative")).hasText(person);
        screenshot("members-organisation-fr");
        String orgUrl = page.url();

        page.navigate(url("/members?q=" + t));
        assertThat(page.locator("#results tbody tr")).hasCount(2);
        screenshot("members-list-fr");

        // the same pages in English
        page.click("#lang-switch");
        assertThat(page.locator("h1")).hasText("Members");
        assertThat(page.locator("#results tbody tr")).hasCount(2);
        assertThat(page.locator("#results")).containsText("Member in good standing");
        screenshot("members-list-en");
        page.navigate(orgUrl);
        assertThat(page.locator("#organisation-kind")).hasText("Co-op");
        assertThat(page.locator("#member-kind")).hasText("Organisation");
        assertThat(page.locator("#history")).containsText("Created");
        screenshot("members-organisation-en");
        page.navigate(personUrl);
        assertThat(page.locator("#standing")).hasText("Member in good standing");
        assertThat(page.locator("#member-represents")).hasText(org);
        assertThat(page.locator("#dues")).containsText("Dues recorded".equals("") ? "" : "Cash");
        screenshot("members-person-en");
    }

    @Test
    void aBadFormShowsItsMessagesInTheChosenLanguage() {
        signInAsAdmin();
        page.navigate(url("/members/new?kind=INDIVIDUAL&lang=en"));
        assertThat(page.locator("h1")).hasText("New person");
        page.fill("#email", "not-an-email");
        page.click("#member-submit");
        assertThat(page.locator("#name-error")).hasText("This field is required.");
        assertThat(page.locator("#email-error")).containsText("A valid e-mail address is expected");
        assertThat(page.locator("#email")).hasValue("not-an-email");
        screenshot("members-bad-form-en");

        page.click("#lang-switch");
        page.navigate(url("/members/new?kind=ORGANISATION"));
        assertThat(page.locator("h1")).hasText("Nouvelle organisation");
        page.click("#member-submit");
        assertThat(page.locator("#name-error")).hasText("Ce champ est requis.");
        assertThat(page.locator("#organisationKind-error")).containsText("Le genre d'organisation est requis");
        screenshot("members-bad-form-fr");

        // a duplicate e-mail re-renders the form with the clear message
        String t = UUID.randomUUID().toString().substring(0, 6);
        page.navigate(url("/members/new?kind=INDIVIDUAL"));
        page.fill("#name", "Premier " + t);
        page.fill("#email", "twice-" + t + "@example.org");
        page.click("#member-submit");
        assertThat(page.locator("#notice")).hasText("Fiche créée.");
        page.navigate(url("/members/new?kind=INDIVIDUAL"));
        page.fill("#name", "Second " + t);
        page.fill("#email", "TWICE-" + t + "@example.org");
        page.click("#member-submit");
        assertThat(page.locator("#email-error")).hasText("Le courriel twice-" + t
                + "@example.org est déjà celui d'une autre fiche du registre.");
        screenshot("members-duplicate-fr");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.fourmiliere.accounts.AccountDirectory accounts;
    @org.springframework.beans.factory.annotation.Autowired
    org.fourmiliere.members.MemberRegistration registration;
    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    @Test
    void pagesFollowThePermissions() {
        String t = UUID.randomUUID().toString().substring(0, 6);
        accounts.createAccount("nobody-" + t + "@example.org", "nobody-password-1", null, "fr", false);
        signIn("nobody-" + t + "@example.org", "nobody-password-1");
        var denied = page.navigate(url("/members"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Accès refusé");
        assertThat(page.locator("a[href='/members']")).hasCount(0);
        page.context().clearCookies();

        // a member in good standing reads the registry but cannot change it
        var today = java.time.LocalDate.now(clock);
        long person = registration.registerPerson(org.fourmiliere.members.MemberRegistration.RegisterPerson.of(
                "Lectrice " + t, "reader-" + t + "@example.org", "fr"));
        registration.recordMembership(org.fourmiliere.members.MemberRegistration.RecordMembership.individual(person, today, null));
        registration.recordDues(new org.fourmiliere.members.MemberRegistration.RecordDues(person,
                org.fourmiliere.shared.FiscalYear.containing(today, org.fourmiliere.shared.FiscalYear.DEFAULT_START),
                org.fourmiliere.shared.Money.cad("20.00"), today, org.fourmiliere.members.DuesMethod.CASH));
        accounts.createAccount("reader-" + t + "@example.org", "reader-password-1", person, "fr", false);
        signIn("reader-" + t + "@example.org", "reader-password-1");
        assertThat(page.navigate(url("/members")).status()).isEqualTo(200);
        assertThat(page.locator("#new-person")).hasCount(0);
        page.navigate(url("/members/" + person));
        assertThat(page.locator("#standing")).hasText("Membre en règle");
        assertThat(page.locator("#edit-member")).hasCount(0);
        assertThat(page.locator("#dues-form")).hasCount(0);
        assertThat(page.navigate(url("/members/new")).status()).isEqualTo(403);
        assertThat(page.navigate(url("/members/" + person + "/edit")).status()).isEqualTo(403);
        screenshot("members-reader-fr");
    }

    @Test
    void theListSearchesAndExportsCsv() {
        String t = UUID.randomUUID().toString().substring(0, 6);
        signInAsAdmin();
        for (String n : new String[] {"Alpha", "Beta"}) {
            page.navigate(url("/members/new?kind=INDIVIDUAL&lang=fr"));
            page.fill("#name", n + " Csv" + t);
            page.fill("#email", n.toLowerCase() + "-" + t + "@example.org");
            page.click("#member-submit");
            assertThat(page.locator("#notice")).isVisible();
        }
        page.navigate(url("/members"));
        page.fill("#q", "csv" + t);
        page.click("#search-submit");
        assertThat(page.locator("#results tbody tr")).hasCount(2);
        page.fill("#q", "beta-" + t);
        page.click("#search-submit");
        assertThat(page.locator("#results tbody tr")).hasCount(1);
        assertThat(page.locator("#results")).containsText("Beta Csv" + t);

        var response = page.request().get(url("/members.csv?q=csv" + t));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).contains("text/csv").contains("UTF-8");
        String csv = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("no,type,nom,courriel");
        assertThat(csv.lines().count()).isEqualTo(3);
        assertThat(csv).contains("Alpha Csv" + t).contains("beta-" + t + "@example.org").contains("Personne");
    }
}
