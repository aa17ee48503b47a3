package org.fourmiliere.requests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client makes a request on the public form → a worker answers it on the ticket's page (and comments inside) →
 * the client enters the portal with the link sent by e-mail, reads the answer (never the comment) and marks the
 * request settled; the worker saves the queue's filters and follows the saved search's link; an organisation's
 * representative finds the organisation's ticket in the portal; in French and English.
 */
class RequestsBrowserIT extends BrowserTest {

    @Autowired People people;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MemberRegistration registry;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void publicFormTicketReplyPortalResolve(String lang) {
        boolean fr = lang.equals("fr");
        String client = RequestsIT.address("browser-" + lang);

        // the public form
        page.navigate(url("/requests/new?lang=" + lang));
        assertThat(page.locator("h1")).hasText(fr ? "Faire une demande" : "Make a request");
        page.fill("#form-name", "Camille");
        page.fill("#form-email", client);
        page.fill("#form-subject", fr ? "Mon site est lent" : "My site is slow");
        page.fill("#form-text", fr ? "Depuis *hier*." : "Since *yesterday*.");
        clock.advance(Duration.ofSeconds(5)); // a person takes a moment to write
        page.click("#form-send");
        assertThat(page.locator("#notice")).containsText(fr ? "votre demande n°" : "your request no.");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("requests-form-" + lang);
        long id = jdbc.sql("SELECT ticket_id FROM ticket_party WHERE address = :a").param("a", client).query(Long.class).single();

        // a worker answers on the ticket's page, and comments inside
        Person worker = people.workerWithAccount("Agent");
        jdbc.sql("UPDATE account SET language = :l WHERE email = :e").param("l", lang).param("e", worker.email()).update();
        signIn(worker.email(), worker.password());
        page.navigate(url("/requests"));
        assertThat(page.locator("#unowned")).containsText(fr ? "Mon site est lent" : "My site is slow");
        page.navigate(url("/requests/tickets/" + id));
        assertThat(page.locator("#ticket-status")).hasText(fr ? "Nouveau" : "New");
        page.click("#take");
        assertThat(page.locator("#ticket-owner")).containsText("Agent");
        page.fill("#reply-text", fr ? "Nous avons **vidé le cache**." : "We **emptied the cache**.");
        page.fill("#reply-minutes", "20");
        page.click("#send-reply");
        assertThat(page.locator("#conversation")).containsText(fr ? "vidé le cache" : "emptied the cache");
        assertThat(page.locator("#ticket-status")).hasText(fr ? "Ouvert" : "Open");
        page.fill("#reply-text", "Client VIP, note interne");
        page.click("#send-comment");
        assertThat(page.locator("#conversation")).containsText("note interne");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("requests-ticket-" + lang);

        // the worker saves the queue's filters under a name, then follows the link from the requests' page
        String word = fr ? "lent" : "slow";
        page.navigate(url("/requests/queues/support?status=ALL&q=" + word));
        assertThat(page.locator("#tickets")).containsText(fr ? "Mon site est lent" : "My site is slow");
        page.click("#save-search-details summary");
        String name = fr ? "Sites lents" : "Slow sites";
        page.fill("#saved-name", name);
        page.click("#save-search-button");
        assertThat(page.locator("#notice")).containsText(name);
        page.navigate(url("/requests"));
        assertThat(page.locator("#saved-searches")).containsText(name);
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("requests-saved-searches-" + lang);
        page.locator("#saved-searches a.saved-search", new Page.LocatorOptions().setHasText(name)).click();
        assertThat(page.locator("#filter-q")).hasValue(word);
        assertThat(page.locator("#tickets")).containsText(fr ? "Mon site est lent" : "My site is slow");

        // the client's portal, entered with the link sent by e-mail
        BrowserContext clientContext = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(fr ? "fr-CA" : "en-CA"));
        try {
            Page p = clientContext.newPage();
            p.navigate(url("/requests/portal?lang=" + lang));
            p.fill("#portal-email", client);
            p.click("#portal-send");
            assertThat(p.locator("#notice")).containsText(fr ? "un lien vient de lui être envoyé" : "a link was just sent");
            String text = jdbc.sql("SELECT body_text FROM mail_outbox WHERE correlation_key LIKE 'portal-link:%' AND recipients LIKE :a")
                    .param("a", "%" + client + "%").query(String.class).single();
            Matcher m = Pattern.compile("(/requests/portal/enter\\?token=[A-Za-z0-9_-]+)").matcher(text);
            org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
            p.navigate(url(m.group(1)));
            assertThat(p.locator("#tickets")).containsText(fr ? "Mon site est lent" : "My site is slow");
            p.click(".ticket-link");
            assertThat(p.locator("#conversation")).containsText(fr ? "vidé le cache" : "emptied the cache");
            assertThat(p.locator("#conversation")).not().containsText("note interne");
            p.click("#portal-resolve");
            assertThat(p.locator("#ticket-status")).hasText(fr ? "Résolu" : "Resolved");
            assertThat(p.locator("main")).not().containsText("??");
            p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots", "requests-portal-" + lang + ".png")).setFullPage(true));
        } finally {
            clientContext.close();
        }
        page.navigate(url("/requests/tickets/" + id));
        assertThat(page.locator("#ticket-status")).hasText(fr ? "Résolu" : "Resolved");
    }

    /** An organisation writes to support@; its representative in the registry enters the portal and finds the ticket. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theRepresentativeOfAnOrganisationSeesItsTicketInThePortal(String lang) {
        boolean fr = lang.equals("fr");
        Person representative = people.person("Rep");
        String organisation = People.unique(fr ? "Coop des ruelles" : "Alley co-op");
        String organisationAddress = RequestsIT.address("org-" + lang);
        registry.registerOrganisation(new MemberRegistration.RegisterOrganisation(organisation, OrganisationKind.COOP,
                representative.id(), organisationAddress, null, lang, null));
        String subject = fr ? "Facture de la coop " + lang : "The co-op invoice " + lang;
        var r = new Api(port).bearer(RequestsIT.TOKEN).send("POST", "/api/v1/mail/inbound", RequestsIT.raw(
                "<" + java.util.UUID.randomUUID() + "@coop.example>", organisationAddress, subject, "Bonjour", ""), "message/rfc822", null);
        org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(202);

        page.navigate(url("/requests/portal?lang=" + lang));
        page.fill("#portal-email", representative.email());
        page.click("#portal-send");
        assertThat(page.locator("#notice")).containsText(fr ? "un lien vient de lui être envoyé" : "a link was just sent");
        String text = jdbc.sql("SELECT body_text FROM mail_outbox WHERE correlation_key LIKE 'portal-link:%' AND recipients LIKE :a")
                .param("a", "%" + representative.email() + "%").query(String.class).single();
        Matcher m = Pattern.compile("(/requests/portal/enter\\?token=[A-Za-z0-9_-]+)").matcher(text);
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        page.navigate(url(m.group(1)));
        assertThat(page.locator("#portal-organisations")).containsText(organisation);
        assertThat(page.locator("#portal-organisations")).containsText(fr ? "que vous représentez" : "which you represent");
        assertThat(page.locator("#tickets")).containsText(subject);
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("requests-portal-representative-" + lang);
        page.locator(".ticket-link", new Page.LocatorOptions().setHasText(subject)).click();
        assertThat(page.locator("#conversation")).containsText("Bonjour");
    }
}
