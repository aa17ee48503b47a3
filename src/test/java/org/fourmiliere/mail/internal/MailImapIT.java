package org.fourmiliere.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.TestInboundHandler;
import org.fourmiliere.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The collective's mailbox read over IMAP (GreenMail, {@link TestMail}): a message delivered to it over SMTP is
 * stored, processed and routed to the module of its address, marked seen; a second poll stores nothing new, and a
 * message left unseen after it was stored (a stop before the mark) is a duplicate the next time.
 */
@IntegrationTest
class MailImapIT {

    @Autowired ImapPoller poller;
    @Autowired InboundService service;
    @Autowired TestInboundHandler handler;
    @Autowired TestMail mail;
    @Autowired JavaMailSender smtp;

    @Test
    void aMessageInTheMailboxIsReadOnce() throws Exception {
        String user = "collective-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        mail.mailbox(user, user, "secret");
        var mailbox = new ImapSettings.Mailbox("collective", "127.0.0.1", mail.imapPort(), "imap", user, "secret", null,
                null, TestInboundHandler.ADDRESS);

        String mid = "<" + UUID.randomUUID() + "@example.org>";
        MimeMessage m = smtp.createMimeMessage();
        m.setFrom(new InternetAddress("lea@example.org", "Léa"));
        m.setRecipients(MimeMessage.RecipientType.TO, user);
        m.setSubject("Par IMAP", "UTF-8");
        m.setText("Bonjour par IMAP", "UTF-8");
        m.saveChanges();
        m.setHeader("Message-ID", mid);
        smtp.send(m);

        // the job's pass over the configured mailboxes: one that refuses the password is logged and skipped
        var wrongPassword = new ImapSettings.Mailbox("wrong", "127.0.0.1", mail.imapPort(), "imap", user, "not-it", null,
                null, null);
        var configured = new ImapPoller(new ImapSettings(List.of(wrongPassword, mailbox), null), service);
        assertThat(configured.pollAll()).isEqualTo(1);
        var row = service.list(null, 50).stream().filter(r -> r.messageId().equals(mid)).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(row.source()).isEqualTo("IMAP:collective");
        assertThat(row.routedTo()).isEqualTo(TestInboundHandler.ADDRESS);
        assertThat(handler.calls(mid)).isEqualTo(1);

        // seen: the next poll finds nothing
        assertThat(poller.poll(mailbox)).isZero();
        // a stop between the store and the mark: the message is unseen again, stored again — a duplicate
        unsee(user);
        assertThat(poller.poll(mailbox)).isZero();
        assertThat(handler.calls(mid)).isEqualTo(1);
        assertThat(service.list(null, 50).stream().filter(r -> r.messageId().equals(mid)).count()).isEqualTo(1);
    }

    private void unsee(String user) throws Exception {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", mail.imapPort(), user, "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (var message : inbox.getMessages()) message.setFlag(Flags.Flag.SEEN, false);
            inbox.close(false);
        }
    }
}
