package org.fourmiliere.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import org.fourmiliere.mail.OutgoingMail;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.PageSession;
import org.fourmiliere.support.People;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail, {@link TestMail}): queued in the transaction of the change or
 * not at all, delivered with our headers, kept while the server is down and delivered once when it is back, given
 * up after the last attempt and shown to the administrator, sent again on demand. The job runs every second beside
 * the test's own calls of {@link MailSender#sendDue}: the claim lets only one of them send each attempt.
 */
@IntegrationTest
class MailOutboxIT {

    @Autowired Outbox outbox;
    @Autowired OutboxService service;
    @Autowired OutboxStore store;
    @Autowired MailSender sender;
    @Autowired MailSettings settings;
    @Autowired TransactionTemplate tx;
    @Autowired TestMail smtp;
    @Autowired TestClock clock;
    @LocalServerPort int port;

    @AfterEach
    void smtpRunsAgain() {
        smtp.start();
    }

    /** A unique key, also the local part of a unique address. */
    private static String key(String prefix) {
        return People.unique(prefix).replace(' ', '-');
    }

    private static OutgoingMail mail(String to, String key) {
        return OutgoingMail.automatic(to, "fr", "Objet " + key, "Bonjour,\nle texte.", key);
    }

    private StoredMail stored(String key) {
        return service.byCorrelationKey(key).orElseThrow();
    }

    @Test
    void aMessageIsQueuedInTheTransactionOfTheChangeOrNotAtAll() {
        String key = key("committed");
        String id = tx.execute(s -> outbox.enqueue(mail(key + "@example.org", key)));
        assertThat(stored(key).messageId()).isEqualTo(id).matches("<[0-9a-f-]{36}@test\\.local>");
        // the same key again: the same message, not a second one
        String again = tx.execute(s -> outbox.enqueue(mail(key + "@example.org", key)));
        assertThat(again).isEqualTo(id);

        String rolledBack = key("rolled-back");
        tx.executeWithoutResult(s -> {
            outbox.enqueue(mail(rolledBack + "@example.org", rolledBack));
            s.setRollbackOnly();
        });
        assertThat(service.byCorrelationKey(rolledBack)).isEmpty();

        assertThatThrownBy(() -> outbox.enqueue(mail("nobody@example.org", key("no-tx"))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theJobDeliversWithOurHeaders() throws Exception {
        String key = key("headers");
        String to = key + "@example.org";
        String parent = "<parent-" + key + "@test.local>";
        OutgoingMail m = new OutgoingMail(List.of(to, "copy-" + to), "en", "Re: the subject", "Plain text", "<p>HTML</p>",
                null, List.of("<root@test.local>"), true, null, null, key).replyingTo(parent, List.of("<root@test.local>")).withListId("decisions.test.local");
        String id = tx.execute(s -> outbox.enqueue(m));

        // GreenMail keeps one copy per recipient's mailbox: one message to two addresses is two copies
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.receivedBy(to).size() == 2);
        MimeMessage got = smtp.receivedBy(to).getFirst();
        assertThat(got.getMessageID()).isEqualTo(id);
        assertThat(got.getFrom()[0].toString()).isEqualTo("fourmiliere@test.local");
        assertThat(got.getHeader("In-Reply-To")).containsExactly(parent);
        assertThat(got.getHeader("References")).containsExactly("<root@test.local> " + parent);
        assertThat(got.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(got.getHeader("List-Id")).containsExactly("<decisions.test.local>");
        assertThat(got.getHeader("Content-Language")).containsExactly("en");
        assertThat(smtp.receivedBy("copy-" + to)).hasSize(2).allSatisfy(c -> assertThat(c.getMessageID()).isEqualTo(id));
        MimeMultipart alternative = findAlternative((MimeMultipart) got.getContent());
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        await().atMost(Duration.ofSeconds(5)).until(() -> stored(key).status() == MailStatus.SENT);
        assertThat(stored(key).attempts()).isEqualTo(1);
    }

    private static MimeMultipart findAlternative(MimeMultipart mp) throws Exception {
        if (mp.getContentType().startsWith("multipart/alternative")) return mp;
        for (int i = 0; i < mp.getCount(); i++) {
            if (mp.getBodyPart(i).getContent() instanceof MimeMultipart inner) return findAlternative(inner);
        }
        throw new AssertionError("no multipart/alternative");
    }

    @Test
    void whileTheServerIsDownTheMessageWaitsThenGoesOnceWhenItIsBack() {
        smtp.stop();
        String key = key("down");
        String to = key + "@example.org";
        String id = tx.execute(s -> outbox.enqueue(mail(to, key)));
        sender.sendDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(key).attempts() == 1 && stored(key).lastError() != null);
        StoredMail waiting = stored(key);
        assertThat(waiting.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(waiting.nextAttemptAt()).isAfter(waiting.lastAttemptAt());
        // not due yet: no new attempt before the back-off has passed
        sender.sendDue();
        assertThat(stored(key).attempts()).isEqualTo(1);

        smtp.start();
        clock.advance(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(key).status() == MailStatus.SENT);
        assertThat(stored(key).attempts()).isEqualTo(2);
        assertThat(stored(key).lastError()).isNull();
        sender.sendDue();
        assertThat(smtp.receivedBy(to)).hasSize(1).first().satisfies(m -> assertThat(m.getMessageID()).isEqualTo(id));
    }

    @Test
    void aStopBetweenTheClaimAndTheMarkSendsAgainWithTheSameMessageId() {
        String key = key("crash");
        String to = key + "@example.org";
        // no job between the enqueue and the claim: the claim comes first, as a run stopped right after it would
        String id = tx.execute(s -> {
            outbox.enqueue(mail(to, key));
            return stored(key).messageId();
        });
        boolean claimed = store.claim(stored(key).id(), clock.instant(), clock.instant().plus(Duration.ofMinutes(1)));
        if (!claimed) return; // the job was quicker: nothing left to show
        sender.sendDue();
        assertThat(smtp.receivedBy(to)).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(key).status() == MailStatus.SENT);
        assertThat(smtp.receivedBy(to)).hasSize(1).first().satisfies(m -> assertThat(m.getMessageID()).isEqualTo(id));
    }

    @Test
    void withoutAServerTheMessageIsWrittenToTheLog() {
        var none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        assertThat(new OutboxService(store, null, settings, none, clock).configured()).isFalse();
        assertThat(service.configured()).isTrue();
        String key = key("logged");
        tx.execute(s -> outbox.enqueue(mail(key + "@example.org", key)));
        new MailSender(store, settings, none, clock).sendDue();
        // the application's own job (with a server) may have taken it first
        StoredMail m = stored(key);
        assertThat(m.status()).isIn(MailStatus.LOGGED, MailStatus.SENT);
        assertThat(m.sentAt()).isNotNull();
        if (m.status() == MailStatus.LOGGED) assertThat(smtp.receivedBy(key + "@example.org")).isEmpty();
    }

    @Test
    void afterTheLastAttemptItFailsIsShownAndCanBeSentAgain() {
        smtp.stop();
        String key = key("failed");
        String to = key + "@example.org";
        tx.execute(s -> outbox.enqueue(mail(to, key)));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            sender.sendDue();
            clock.advance(Duration.ofHours(5));
            return stored(key).status() == MailStatus.FAILED;
        });
        StoredMail failed = stored(key);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isNotBlank();

        var admin = PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD);
        String page = admin.get("/admin/mail?lang=en").body();
        assertThat(page).contains("Objet " + key).contains(to).contains("Send again");
        assertThat(service.counts().get(MailStatus.FAILED)).isPositive();

        smtp.start();
        service.sendAgain(failed.id());
        assertThat(stored(key).status()).isIn(MailStatus.QUEUED, MailStatus.SENT);
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(key).status() == MailStatus.SENT);
        assertThat(smtp.receivedBy(to)).hasSize(1);
        assertThatThrownBy(() -> service.sendAgain(failed.id())).isInstanceOf(org.fourmiliere.shared.Problems.NotFound.class);
    }
}
