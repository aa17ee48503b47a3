package org.fourmiliere.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import java.time.Duration;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator sees a message that could not be sent (the SMTP server was down through every attempt) on
 * the mail page, sends it again once the server is back, and it goes; in French and English.
 */
class MailBrowserIT extends BrowserTest {

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate tx;
    @Autowired TestMail smtp;
    @Autowired TestClock clock;

    @AfterEach
    void smtpRunsAgain() {
        smtp.start();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aFailedMessageIsShownAndSentAgain(String lang) {
        boolean fr = lang.equals("fr");
        smtp.stop();
        String key = People.unique("browser-" + lang).replace(' ', '-');
        String to = key + "@example.org";
        tx.execute(s -> outbox.enqueue(OutgoingMail.automatic(to, lang, "Sujet " + key, "Texte", key)));
        signInAsAdmin();
        // the job runs every second; each pass moves the clock past the back-off until the last attempt fails
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            clock.advance(Duration.ofHours(5));
            page.navigate(url("/admin/mail?lang=" + lang));
            return page.locator("#mail-failed tr").filter(new Locator.FilterOptions().setHasText(to)).count() == 1;
        });
        assertThat(page.locator("h1")).hasText(fr ? "Courriel" : "Mail");
        assertThat(page.locator("#mail-configured")).isVisible();
        assertThat(page.locator("main")).not().containsText("??");
        Locator row = page.locator("#mail-failed tr").filter(new Locator.FilterOptions().setHasText(to));
        assertThat(row).containsText("Sujet " + key);
        assertThat(row).containsText("3");
        screenshot("mail-failed-" + lang);

        smtp.start();
        row.locator("button").click();
        assertThat(page.locator(".notice")).hasText(fr ? "Le message est remis dans la boîte d’envoi." : "The message is back in the outbox.");
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.receivedBy(to).size() == 1);
        page.navigate(url("/admin/mail?lang=" + lang));
        assertThat(page.locator("#mail-failed tr").filter(new Locator.FilterOptions().setHasText(to))).hasCount(0);
        screenshot("mail-" + lang);
    }
}
