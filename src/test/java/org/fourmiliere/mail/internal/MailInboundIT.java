package org.fourmiliere.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.fourmiliere.mail.Delivery;
import org.fourmiliere.mail.MailInbox;
import org.fourmiliere.mail.OutgoingMail;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.TestInboundHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inbound mail on the real database: the raw API and its token, a message stored once and handled once (delivered
 * twice, its handler failing once, processing stopped in the middle), automatic mail never handed to a module nor
 * answered, delivery reports tied to the message they report on, and what no module takes kept to look at.
 */
@IntegrationTest
class MailInboundIT {

    private static final String TOKEN = "test-inbound-token";

    @Autowired MailInbox inbox;
    @Autowired InboundService service;
    @Autowired Outbox outbox;
    @Autowired TestInboundHandler handler;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private static String unique(String prefix) {
        return People.unique(prefix).replace(' ', '-').toLowerCase();
    }

    private static String message(String messageId, String from, String to, String subject, String extraHeaders) {
        return "From: Léa Tremblay <" + from + ">\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n"
                + (messageId == null ? "" : "Message-ID: " + messageId + "\r\n") + extraHeaders
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nBonjour, voici ma réponse.\r\n";
    }

    private Api.Response post(String raw, String query) {
        return new Api(port).bearer(TOKEN).send("POST", "/api/v1/mail/inbound" + query, raw, "message/rfc822", null);
    }

    private long replies(String messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key LIKE :k")
                .param("k", "inbound-test-reply:" + messageId + "#%").query(Long.class).single();
    }

    private InboundRow row(long id) {
        return service.find(id).orElseThrow();
    }

    @Test
    void theApiWantsItsTokenAndAMessage() {
        String raw = message("<" + unique("api") + "@example.org>", "a@example.org", TestInboundHandler.ADDRESS, "Hi", "");
        var api = new Api(port);
        assertThat(api.send("POST", "/api/v1/mail/inbound", raw, "message/rfc822", null).status()).isEqualTo(401);
        var wrong = api.bearer("not-the-token").send("POST", "/api/v1/mail/inbound", raw, "message/rfc822", null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("unauthorized");
        var empty = post("", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("message");
        var tooLarge = post("X".repeat(1_000_001), "");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().get("errors").get(0).get("field").asString()).isEqualTo("message");
        var badTo = post(raw, "?to=nobody");
        assertThat(badTo.status()).isEqualTo(400);
        assertThat(badTo.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        var json = new Api(port).bearer(TOKEN).send("POST", "/api/v1/mail/inbound", "{}", "application/json", null);
        assertThat(json.status()).isEqualTo(415);
    }

    @Test
    void theSameMessageDeliveredTwiceIsStoredAndHandledOnce() {
        String mid = "<" + unique("twice") + "@example.org>";
        String raw = message(mid, "Lea@Example.org", "Décisions <" + TestInboundHandler.ADDRESS + ">", "Ma réponse",
                "In-Reply-To: <notice-1@test.local>\r\n");
        var first = post(raw, "");
        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("messageId").asString()).isEqualTo(mid);
        assertThat(first.json().get("duplicate").asBoolean()).isFalse();
        assertThat(first.json().get("status").asString()).isEqualTo("PROCESSED");
        var second = post(raw, "");
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(second.json().get("duplicate").asBoolean()).isTrue();

        assertThat(handler.calls(mid)).isEqualTo(1);
        assertThat(replies(mid)).isEqualTo(1);
        InboundRow row = row(first.json().get("id").asLong());
        assertThat(row.status()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(row.kind()).isEqualTo(InboundKind.PERSON);
        assertThat(row.routedTo()).isEqualTo(TestInboundHandler.ADDRESS);
        assertThat(row.fromAddress()).isEqualTo("lea@example.org");
        assertThat(row.aboutMessageId()).isEqualTo("<notice-1@test.local>");
        assertThat(row.source()).isEqualTo("API");
        // the module's answer: in the thread, and its replies come back to the module's address (Reply-To)
        assertThat(jdbc.sql("SELECT in_reply_to, reply_to FROM mail_outbox WHERE correlation_key = :k")
                .param("k", "inbound-test-reply:" + mid + "#1").query((rs, i) -> rs.getString(1) + " " + rs.getString(2)).single())
                .isEqualTo(mid + " " + TestInboundHandler.ADDRESS);
        // the envelope recipient alone routes a message whose headers name no address of ours
        String bcc = "<" + unique("bcc") + "@example.org>";
        var viaEnvelope = post(message(bcc, "b@example.org", "list@example.org", "Bcc", ""), "?to=" + TestInboundHandler.ADDRESS);
        assertThat(viaEnvelope.json().get("status").asString()).isEqualTo("PROCESSED");
        assertThat(replies(bcc)).isEqualTo(1);
    }

    @Test
    void aHandlerThatFailsKeepsNothingAndTheMessageWaitsForAPerson() {
        String mid = "<" + unique("fail") + "@example.org>";
        var r = inbox.receive(message(mid, "c@example.org", TestInboundHandler.ADDRESS, "fail-once please", "").getBytes(), "API", null);
        assertThat(r.status()).isEqualTo("TO_LOOK_AT");
        InboundRow failed = row(r.id());
        assertThat(failed.kind()).isEqualTo(InboundKind.FAILED);
        assertThat(failed.outcome()).contains("on purpose");
        assertThat(handler.calls(mid)).isEqualTo(1);
        assertThat(replies(mid)).isZero();

        service.processAgain(r.id());
        InboundRow again = row(r.id());
        assertThat(again.status()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(again.outcome()).startsWith("answered");
        assertThat(handler.calls(mid)).isEqualTo(2);
        assertThat(replies(mid)).isEqualTo(1);
        assertThat(service.history(r.id())).extracting(e -> e.action()).containsExactly("process_again");
        // delivered again later: nothing more
        assertThat(inbox.receive(message(mid, "c@example.org", TestInboundHandler.ADDRESS, "fail-once please", "").getBytes(), "API", null).duplicate()).isTrue();
        assertThat(replies(mid)).isEqualTo(1);
    }

    @Test
    void processingStoppedInTheMiddleIsDoneOnceLater() {
        String mid = "<" + unique("stopped") + "@example.org>";
        byte[] raw = message(mid, "d@example.org", TestInboundHandler.ADDRESS, "Stopped", "").getBytes();
        // stored, then the application stops: before processing, and in the middle of it (its transaction never commits)
        var stored = service.store(raw, "API", null);
        tx.executeWithoutResult(s -> {
            service.process(stored.id());
            s.setRollbackOnly();
        });
        assertThat(replies(mid)).isZero();
        // the catch-up job (running every second here) or a run of it by hand processes it, once
        service.processReceived();
        await().atMost(Duration.ofSeconds(20)).until(() -> row(stored.id()).status() == InboundStatus.PROCESSED);
        assertThat(replies(mid)).isEqualTo(1);
        service.processReceived();
        // delivered again by the sender's server: a duplicate, handled no more
        assertThat(inbox.receive(raw, "API", null).duplicate()).isTrue();
        assertThat(replies(mid)).isEqualTo(1);
        assertThat(row(stored.id()).status()).isEqualTo(InboundStatus.PROCESSED);
    }

    @Test
    void automaticMailIsNeverHandedToAModuleNorAnswered() {
        String notice = tx.execute(s -> outbox.enqueue(OutgoingMail.automatic("e@example.org", "fr", "Avis", "Texte",
                unique("notice")).withReplyTo(TestInboundHandler.ADDRESS)));
        String auto = "<" + unique("auto") + "@example.org>";
        var autoReply = inbox.receive(message(auto, "e@example.org", TestInboundHandler.ADDRESS, "Absent",
                "Auto-Submitted: auto-replied\r\nIn-Reply-To: " + notice + "\r\n").getBytes(), "API", null);
        assertThat(autoReply.status()).isEqualTo("IGNORED");
        assertThat(row(autoReply.id()).kind()).isEqualTo(InboundKind.AUTO_REPLY);
        assertThat(row(autoReply.id()).aboutMessageId()).isEqualTo(notice);
        String bulk = "<" + unique("bulk") + "@example.org>";
        assertThat(inbox.receive(message(bulk, "f@example.org", TestInboundHandler.ADDRESS, "News", "Precedence: bulk\r\n").getBytes(),
                "API", null).status()).isEqualTo("IGNORED");
        // our own notice coming back (a forward loop): our Message-ID
        var loop = inbox.receive(message(notice, "g@example.org", TestInboundHandler.ADDRESS, "Avis", "").getBytes(), "API", null);
        assertThat(loop.status()).isEqualTo("IGNORED");
        assertThat(row(loop.id()).kind()).isEqualTo(InboundKind.LOOP);
        // and mail from our own address
        String own = "<" + unique("own") + "@example.org>";
        var fromUs = inbox.receive(message(own, "fourmiliere@test.local", TestInboundHandler.ADDRESS, "Avis", "").getBytes(), "API", null);
        assertThat(row(fromUs.id()).kind()).isEqualTo(InboundKind.LOOP);

        for (String id : List.of(auto, bulk, notice, own)) {
            assertThat(handler.calls(id)).isZero();
            assertThat(replies(id)).isZero();
        }
    }

    @Test
    void aDeliveryReportIsTiedToTheMessageItReportsOn() {
        String to = unique("nobody") + "@example.org";
        String sent = tx.execute(s -> outbox.enqueue(OutgoingMail.automatic(to, "fr", "Avis", "Texte", unique("dsn"))));
        String dsn = """
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: fourmiliere@test.local
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <%s@mx.example.org>
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="R"

                --R
                Content-Type: text/plain

                Your message could not be delivered.
                --R
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; %s
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 User unknown

                --R
                Content-Type: message/rfc822

                From: fourmiliere@test.local
                To: %s
                Subject: Avis
                Message-ID: %s

                Texte
                --R--
                """.formatted(unique("dsn-report"), to, to, sent).replace("\n", "\r\n");
        var r = post(dsn, "");
        assertThat(r.status()).isEqualTo(202);
        long id = r.json().get("id").asLong();
        assertThat(r.json().get("status").asString()).isEqualTo("IGNORED");
        assertThat(row(id).kind()).isEqualTo(InboundKind.DELIVERY_REPORT);
        assertThat(row(id).aboutMessageId()).isEqualTo(sent);

        Delivery delivery = outbox.deliveries(List.of(sent, "<unknown@test.local>")).get(sent);
        assertThat(outbox.deliveries(List.of("<unknown@test.local>"))).isEmpty();
        assertThat(delivery.reports()).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("failed");
            assertThat(line.recipient()).isEqualTo(to);
            assertThat(line.status()).isEqualTo("5.1.1");
            assertThat(line.diagnostic()).isEqualTo("550 5.1.1 User unknown");
            assertThat(line.inboundId()).isEqualTo(id);
        });
        assertThat(service.reportsOf(id)).hasSize(1);
        // nothing answers a report
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE in_reply_to = :m").param("m", row(id).messageId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void whatNoModuleTakesIsKeptToLookAt() {
        String mid = "<" + unique("unroutable") + "@example.org>";
        var r = inbox.receive(message(mid, "h@example.org", "nobody-here@test.local", "Pour qui ?", "").getBytes(), "API", null);
        assertThat(r.status()).isEqualTo("TO_LOOK_AT");
        assertThat(row(r.id()).kind()).isEqualTo(InboundKind.UNROUTABLE);
        assertThat(service.list(InboundStatus.TO_LOOK_AT, 500)).extracting(InboundRow::id).contains(r.id());

        service.lookedAt(r.id());
        InboundRow looked = row(r.id());
        assertThat(looked.status()).isEqualTo(InboundStatus.LOOKED_AT);
        assertThat(looked.lookedAtBy()).isEqualTo("system");
        assertThat(looked.lookedAt()).isNotNull();
        // processed again, still for no module: back on the list
        service.processAgain(r.id());
        assertThat(row(r.id()).status()).isEqualTo(InboundStatus.TO_LOOK_AT);
        assertThat(service.history(r.id())).extracting(e -> e.action()).containsExactly("process_again", "looked_at");

        var noFrom = inbox.receive("To: inbound-test@test.local\r\nSubject: anonymous\r\n\r\ntext\r\n".getBytes(), "API", null);
        assertThat(noFrom.status()).isEqualTo("TO_LOOK_AT");
        assertThat(row(noFrom.id()).kind()).isEqualTo(InboundKind.MALFORMED);
        assertThat(noFrom.messageId()).endsWith("@hash>");
    }
}
