package org.fourmiliere.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.TestStatuses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of the work committee finds a message no module takes on the list of mail to look at, opens it (its text,
 * why it is there, its raw source), and marks it looked at; in French and English.
 */
class MailInboundBrowserIT extends BrowserTest {

    @Autowired MailInbox inbox;
    @Autowired AccountDirectory accounts;

    private void signInAsWorkCommittee(String lang) {
        long synthetic = TestStatuses.FIRST_ID + 800_000_000L + (System.nanoTime() % 1_000_000);
        TestStatuses.assign(synthetic, EnumSet.of(Status.WORK_COMMITTEE));
        String email = "inbound-committee-" + UUID.randomUUID() + "@test.local";
        String password = "password-" + UUID.randomUUID();
        accounts.createAccount(email, password, synthetic, lang, false);
        signIn(email, password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aMessageForNoModuleIsLookedAt(String lang) {
        boolean fr = lang.equals("fr");
        String subject = People.unique("Pour qui " + lang);
        String raw = "From: Léa Tremblay <lea@example.org>\r\nTo: nobody-" + lang + "@test.local\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + UUID.randomUUID() + "@example.org>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Bonjour, à qui dois-je écrire ?\r\n";
        var received = inbox.receive(raw.getBytes(StandardCharsets.UTF_8), "API", null);

        signInAsWorkCommittee(lang);
        page.navigate(url("/mail/to-look-at?lang=" + lang));
        assertThat(page.locator("h1")).hasText(fr ? "Courriel à regarder" : "Mail to look at");
        assertThat(page.locator("main")).not().containsText("??");
        Locator row = page.locator("#inbound-messages tr").filter(new Locator.FilterOptions().setHasText(subject));
        assertThat(row).containsText("lea@example.org");
        assertThat(row).containsText(fr ? "Aucun module pour ce destinataire" : "No module for this recipient");
        screenshot("mail-to-look-at-" + lang);

        row.locator("a").last().click();
        assertThat(page.locator("h1")).hasText(subject);
        assertThat(page.locator("#inbound-status")).hasText(fr ? "À regarder" : "To look at");
        assertThat(page.locator("#inbound-text")).containsText("Bonjour, à qui dois-je écrire ?");
        assertThat(page.locator("#inbound-raw")).containsText(fr ? "Source brute" : "Raw source");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("mail-inbound-message-" + lang);

        page.locator("#looked-at").click();
        assertThat(page.locator(".notice")).hasText(fr ? "Le message est marqué regardé." : "The message is marked looked at.");
        assertThat(page.locator("#inbound-status")).hasText(fr ? "Regardé" : "Looked at");
        assertThat(page.locator("#inbound-looked-at")).containsText("inbound-committee-");
        assertThat(page.locator("#history")).containsText(fr ? "marqué regardé" : "marked looked at");

        page.navigate(url("/mail/to-look-at?lang=" + lang));
        assertThat(page.locator("main")).not().containsText(subject);
        page.navigate(url("/mail/inbound?status=LOOKED_AT&lang=" + lang));
        assertThat(page.locator("#inbound-messages")).containsText(subject);
        org.assertj.core.api.Assertions.assertThat(received.status()).isEqualTo("TO_LOOK_AT");
    }
}
