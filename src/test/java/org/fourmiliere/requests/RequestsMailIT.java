package org.fourmiliere.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.fourmiliere.requests.internal.RequestJobs;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End to end with a real mail server (GreenMail, the tests' shared {@link TestMail}): a client writes over SMTP to
 * support@; the application reads support@'s mailbox over IMAP (the mail module's reader), as an installation reads
 * its own; our mail comes back over SMTP to the client's mailbox. Ticket + acknowledgement in French → a worker's
 * reply, threaded → the client's reply by mail on the same ticket → an internal comment never sent → an auto-reply
 * to our acknowledgement creates nothing → bounces set aside, and a requester who keeps bouncing flagged.
 */
@IntegrationTest
class RequestsMailIT {

    static final String SUPPORT = TestMail.SUPPORT_ADDRESS;
    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired TestMail mail;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired RequestJobs jobs;
    @Autowired org.fourmiliere.support.TestClock testClock;
    @LocalServerPort int port;

    /** A client's message over SMTP to support@; returns once the application has read and handled it. */
    private String write(String from, String subject, String text, String inReplyTo, String... headers) {
        String id = mail.send(from, SUPPORT, subject, text, inReplyTo, headers);
        awaitHandled(id);
        return id;
    }

    /** Waits until the application has read the message from support@'s mailbox and handled it. */
    private void awaitHandled(String messageId) {
        await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM mail_inbound WHERE message_id = :p"
                + " AND source = 'IMAP:support' AND status IN ('PROCESSED', 'IGNORED', 'TO_LOOK_AT')", messageId) == 1);
    }

    private List<MimeMessage> received(String address, String part) {
        return mail.received(address, part);
    }

    private static String text(MimeMessage m) {
        return TestMail.text(m);
    }

    private long ticketOf(String messageId) {
        return jdbc.sql("SELECT id FROM ticket WHERE source_message_id = :m").param("m", messageId).query(Long.class).single();
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }

    @Test
    void clientWritesWorkerRepliesClientRepliesCommentStaysInsideAutoReplyAndBouncesCreateNothing() throws Exception {
        Person worker = people.workerWithAccount("Agent");
        Api staff = new Api(port).basic(worker.email(), worker.password());
        String client = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        // the client writes: a ticket, and an acknowledgement in French
        String first = write(client, "Ma facture de mai", "Bonjour, la facture de mai est fausse.", null);
        long id = ticketOf(first);
        String token = "[fourmi #" + id + "]";
        await().atMost(WAIT).until(() -> received(client, token).size() == 1);
        MimeMessage ack = received(client, token).getFirst();
        assertThat(ack.getSubject()).isEqualTo(token + " Ma facture de mai");
        assertThat(ack.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(ack.getHeader("Reply-To", null)).isEqualTo(SUPPORT);
        assertThat(ack.getHeader("In-Reply-To", null)).isEqualTo(first);
        assertThat(text(ack)).contains("Nous avons bien reçu votre demande").contains("#" + id);

        // a worker replies on the web: the client gets it, threaded
        var reply = staff.post("/api/v1/tickets/" + id + "/correspondence", "{\"text\":\"Nous corrigeons la facture.\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        await().atMost(WAIT).until(() -> received(client, token).size() == 2);
        MimeMessage answer = received(client, token).stream().filter(m -> text(m).contains("Nous corrigeons")).findFirst()
                .orElseThrow(() -> new AssertionError(received(client, token).stream().map(RequestsMailIT::text).toList()));
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(ack.getMessageID());
        assertThat(answer.getHeader("References", null)).contains(first).contains(ack.getMessageID());
        assertThat(answer.getHeader("Auto-Submitted", null)).isNull();

        // the client replies by mail (to our reply): the same ticket
        String second = write(client, "Re: " + answer.getSubject(), "Merci, j'attends la nouvelle facture.", answer.getMessageID());
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE source_message_id = :p", second)).isZero();
        assertThat(count("SELECT COUNT(*) FROM ticket_message WHERE ticket_id = :p AND kind = 'IN'", id)).isEqualTo(2);
        // and by the number in the subject alone
        String third = write(client, "Encore " + token, "Une dernière chose.", null);
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE source_message_id = :p", third)).isZero();
        assertThat(count("SELECT COUNT(*) FROM ticket_message WHERE ticket_id = :p AND kind = 'IN'", id)).isEqualTo(3);

        // an internal comment never reaches the client
        String secret = "secret-" + UUID.randomUUID();
        assertThat(staff.post("/api/v1/tickets/" + id + "/comments", "{\"text\":\"" + secret + "\"}").status()).isEqualTo(201);
        var later = staff.post("/api/v1/tickets/" + id + "/correspondence", "{\"text\":\"La voici.\"}");
        assertThat(later.status()).isEqualTo(201);
        await().atMost(WAIT).until(() -> received(client, token).size() == 3);
        assertThat(mail.receivedBy(client)).noneMatch(m -> text(m).contains(secret));
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE body_text LIKE :p", "%" + secret + "%")).isZero();

        // an auto-reply to our acknowledgement: nothing created, nothing answered
        long tickets = count("SELECT COUNT(*) FROM ticket WHERE id >= :p", id);
        String vacation = write(client, "Absent : " + ack.getSubject(), "Je suis en vacances.", ack.getMessageID(),
                "Auto-Submitted", "auto-replied");
        assertThat(count("SELECT COUNT(*) FROM mail_inbound WHERE message_id = :p AND status = 'IGNORED'", vacation)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE id >= :p", id)).isEqualTo(tickets);
        assertThat(count("SELECT COUNT(*) FROM ticket_message WHERE ticket_id = :p AND kind = 'IN'", id)).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE in_reply_to = :p", vacation)).isZero();

        // bounces of our three messages: set aside (ignored), and the requester is flagged
        List<String> ours = jdbc.sql("SELECT message_id FROM ticket_message WHERE ticket_id = :t AND kind IN ('ACK', 'OUT') ORDER BY id")
                .param("t", id).query(String.class).list();
        assertThat(ours).hasSize(3);
        for (String original : ours) {
            String report = "<" + UUID.randomUUID() + "@mx.example.org>";
            mail.sendRaw(SUPPORT, TestMail.deliveryFailure(report, SUPPORT, client, original));
            awaitHandled(report);
            assertThat(count("SELECT COUNT(*) FROM mail_inbound WHERE message_id = :p AND status = 'IGNORED'", report)).isEqualTo(1);
        }
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE id >= :p", id)).isEqualTo(tickets);
        jobs.run();
        var view = staff.get("/api/v1/tickets/" + id).json();
        assertThat(view.get("ticket").get("requesters").get(0).get("flagged").asBoolean()).isTrue();
        // a flagged sender gets no more acknowledgements (even past the window)
        testClock.advance(Duration.ofMinutes(10));
        String fourth = write(client, "Une autre question", "Bonjour", null);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key = :p", "ticket-ack:" + ticketOf(fourth))).isZero();
    }

    @Test
    void acknowledgementsAreOnePerRequesterPerWindowAndInTheirLanguage() throws Exception {
        String client = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String a = write(client, "Question one", "Hello", null);
        String b = write(client, "Question two", "Hello again", null);
        long ta = ticketOf(a), tb = ticketOf(b);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key = :p", "ticket-ack:" + ta)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key = :p", "ticket-ack:" + tb)).as("within five minutes").isZero();
        String english = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String c = write(english, "Lost password", "Hello", null, "Content-Language", "en");
        long tc = ticketOf(c);
        await().atMost(WAIT).until(() -> received(english, "[fourmi #" + tc + "]").size() == 1);
        assertThat(text(received(english, "[fourmi #" + tc + "]").getFirst())).contains("We received your request");
    }
}
