package org.fourmiliere.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.fourmiliere.mail.IncomingMail;
import org.fourmiliere.mail.InboundMailHandler;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Requests over HTTP on the real database: the inbound contract (raw mail to support@ → one ticket found by search,
 * the same message again → nothing more), exactly once when processing is interrupted, search in French with
 * accents and plurals that respects who may see what, the portal's 404 for another's ticket, and time worked on a
 * reply in the worker's week.
 */
@IntegrationTest
class RequestsIT {

    static final String TOKEN = "test-inbound-token";
    static final String SUPPORT = "support@demo.fourmiliere.org";

    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired List<InboundMailHandler> handlers;
    @Autowired PlatformTransactionManager transactions;
    @LocalServerPort int port;

    /** A word no other test uses, that stemming leaves alone. */
    static String word() {
        String letters = "bcdfghjklmnpqtvw";
        StringBuilder b = new StringBuilder("k");
        for (int i = 0; i < 9; i++) b.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        return b.append('k').toString();
    }

    static String address(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static String raw(String messageId, String from, String subject, String text, String extraHeaders) {
        return "From: Client <" + from + ">\r\nTo: Soutien <" + SUPPORT + ">\r\nSubject: " + subject + "\r\n"
                + "Message-ID: " + messageId + "\r\n" + extraHeaders
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + text + "\r\n";
    }

    Api.Response inbound(String raw) {
        return new Api(port).bearer(TOKEN).send("POST", "/api/v1/mail/inbound", raw, "message/rfc822", null);
    }

    Api as(Person p) {
        return new Api(port).basic(p.email(), p.password());
    }

    List<Long> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> out = new java.util.ArrayList<>();
        for (JsonNode n : r.json()) out.add(n.get("id").asLong());
        return out;
    }

    long ticketOf(String messageId) {
        return jdbc.sql("SELECT id FROM ticket WHERE source_message_id = :m").param("m", messageId).query(Long.class).single();
    }

    long acks(long ticketId) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key = :k").param("k", "ticket-ack:" + ticketId)
                .query(Long.class).single();
    }

    @Test
    void aMessageToSupportOpensOneTicketFoundBySearchAndTheSameMessageAgainCreatesNothing() {
        Person worker = people.workerWithAccount("Agent");
        String w = word();
        String mid = "<" + UUID.randomUUID() + "@client.example>";
        String raw = raw(mid, address("client"), "Imprimante " + w + " en panne", "Elle ne répond plus.", "");
        var first = inbound(raw);
        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("status").asString()).isEqualTo("PROCESSED");
        List<Long> found = ids(as(worker).get("/api/v1/tickets?q=" + w));
        assertThat(found).hasSize(1);
        var ticket = as(worker).get("/api/v1/tickets/" + found.getFirst()).json();
        assertThat(ticket.get("ticket").get("queue").asString()).isEqualTo("support");
        assertThat(ticket.get("ticket").get("status").asString()).isEqualTo("NEW");
        assertThat(ticket.get("ticket").get("subject").asString()).isEqualTo("Imprimante " + w + " en panne");

        var again = inbound(raw);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(ids(as(worker).get("/api/v1/tickets?q=" + w))).hasSize(1);
        assertThat(acks(found.getFirst())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_message WHERE ticket_id = :t AND kind = 'IN'").param("t", found.getFirst())
                .query(Long.class).single()).isEqualTo(1);
        // the search API answers the same
        assertThat(ids(as(worker).get("/api/v1/tickets/search?q=" + w))).containsExactlyElementsOf(found);
    }

    @Test
    void processingInterruptedThenDeliveredTwiceKeepsOneTicketAndOneAcknowledgement() {
        String mid = "<" + UUID.randomUUID() + "@client.example>";
        String from = address("interrupted");
        InboundMailHandler support = handlers.stream().filter(h -> h.addresses().contains(SUPPORT)).findFirst().orElseThrow();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            support.handle(new IncomingMail(0, mid, from, null, List.of(SUPPORT), "Accès perdu", "Bonjour", null, List.of(),
                    "fr", clock.instant()));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE source_message_id = :m").param("m", mid).query(Long.class)
                    .single()).as("written in the transaction").isEqualTo(1);
            tx.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE source_message_id = :m").param("m", mid).query(Long.class).single()).isZero();
        String raw = raw(mid, from, "Accès perdu", "Bonjour", "");
        assertThat(inbound(raw).status()).isEqualTo(202);
        assertThat(inbound(raw).json().get("duplicate").asBoolean()).isTrue();
        long id = ticketOf(mid);
        assertThat(acks(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE in_reply_to = :m").param("m", mid).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void facturéFindsFactureAndFacturesAccentsIgnoredAndOnlyWhatTheReaderMaySee() {
        Person worker = people.workerWithAccount("Agent");
        Person client = people.withAccount("Client");
        String w = word();
        String mine1 = "<" + UUID.randomUUID() + "@client.example>";
        String mine2 = "<" + UUID.randomUUID() + "@client.example>";
        String other = "<" + UUID.randomUUID() + "@client.example>";
        String unrelated = "<" + UUID.randomUUID() + "@client.example>";
        inbound(raw(mine1, client.email(), "Question " + w, "Ma facture est fausse.", ""));
        inbound(raw(mine2, client.email(), "Les factures " + w + " de juin", "Deux sont manquantes.", ""));
        inbound(raw(other, address("someone"), "Factures " + w, "Une autre personne.", ""));
        inbound(raw(unrelated, client.email(), "Serveur " + w, "Rien à voir.", ""));
        long a = ticketOf(mine1), b = ticketOf(mine2), c = ticketOf(other), d = ticketOf(unrelated);

        assertThat(ids(as(worker).get("/api/v1/tickets?q=factur%C3%A9%20" + w))).containsExactlyInAnyOrder(a, b, c);
        assertThat(ids(as(worker).get("/api/v1/tickets?q=FACTURE%20" + w))).containsExactlyInAnyOrder(a, b, c);
        assertThat(ids(as(worker).get("/api/v1/tickets?q=factures%20" + w + "&status=NEW"))).containsExactlyInAnyOrder(a, b, c);
        assertThat(ids(as(worker).get("/api/v1/tickets?q=factures%20" + w + "&status=RESOLVED"))).isEmpty();
        // a client sees only their own tickets
        assertThat(ids(as(client).get("/api/v1/tickets?q=factur%C3%A9%20" + w))).containsExactlyInAnyOrder(a, b);
        assertThat(ids(as(client).get("/api/v1/tickets"))).containsExactlyInAnyOrder(a, b, d);
        // an internal comment is found by workers, never by the client
        String secret = word();
        var comment = as(worker).post("/api/v1/tickets/" + a + "/comments", "{\"text\":\"Client difficile " + secret + "\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        assertThat(ids(as(worker).get("/api/v1/tickets?q=" + secret))).containsExactly(a);
        assertThat(ids(as(client).get("/api/v1/tickets?q=" + secret))).isEmpty();
        // another's ticket: 404; one's own: without the internal comment
        assertThat(as(client).get("/api/v1/tickets/" + c).status()).isEqualTo(404);
        var own = as(client).get("/api/v1/tickets/" + a);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain(secret).doesNotContain("COMMENT");
        assertThat(as(worker).get("/api/v1/tickets/" + a).body()).contains(secret);
        // a client may not write as staff
        assertThat(as(client).post("/api/v1/tickets/" + a + "/correspondence", "{\"text\":\"x\"}").status()).isEqualTo(403);
    }

    @Test
    void timeWorkedOnAReplyIsInTheWorkersWeekOnTheQueuesActivity() {
        Person worker = people.workerWithAccount("Agent");
        String mid = "<" + UUID.randomUUID() + "@client.example>";
        inbound(raw(mid, address("client"), "Mot de passe", "Je l'ai oublié.", ""));
        long id = ticketOf(mid);
        var reply = as(worker).post("/api/v1/tickets/" + id + "/correspondence",
                "{\"text\":\"Voici un **nouveau** lien.\",\"minutes\":45,\"status\":\"WAITING\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("ticket").get("status").asString()).isEqualTo("WAITING");
        var week = as(worker).get("/api/v1/timesheets?period=week").json();
        long minutes = 0;
        for (JsonNode a : week.get("byActivity")) if (a.get("activity").asString().equals("requests-support")) minutes += a.get("minutes").asLong();
        assertThat(minutes).isEqualTo(45);
        assertThat(week.get("totalMinutes").asLong()).isEqualTo(45);
        // the reply's Markdown is kept as safe HTML
        var detail = as(worker).get("/api/v1/tickets/" + id).json();
        JsonNode out = null;
        for (JsonNode m : detail.get("messages")) if (m.get("kind").asString().equals("OUT")) out = m;
        assertThat(out.get("html").asString()).contains("<strong>nouveau</strong>");
        assertThat(out.get("minutesWorked").asInt()).isEqualTo(45);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Person worker = people.workerWithAccount("Agent");
        String mid = "<" + UUID.randomUUID() + "@client.example>";
        inbound(raw(mid, address("client"), "Bonjour", "x", ""));
        long id = ticketOf(mid);
        var noText = as(worker).post("/api/v1/tickets/" + id + "/correspondence", "{\"text\":\"\"}");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.body()).contains("text");
        var badStatus = as(worker).post("/api/v1/tickets/" + id + "/status", "{\"status\":\"LOST\"}");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body()).contains("status");
        var badMinutes = as(worker).post("/api/v1/tickets/" + id + "/comments", "{\"text\":\"x\",\"minutes\":-3}");
        assertThat(badMinutes.status()).isEqualTo(400);
        assertThat(badMinutes.body()).contains("minutes");
        assertThat(as(worker).get("/api/v1/tickets/999999999").status()).isEqualTo(404);
        assertThat(new Api(port).get("/api/v1/tickets").status()).isEqualTo(401);
    }

    @Test
    void mergingKeepsBothHistoriesAndTheOldNumberLeadsToTheOther() {
        Person worker = people.workerWithAccount("Agent");
        String from = address("client");
        String m1 = "<" + UUID.randomUUID() + "@client.example>";
        String m2 = "<" + UUID.randomUUID() + "@client.example>";
        inbound(raw(m1, from, "Courriel lent", "Premier", ""));
        clock.advance(java.time.Duration.ofMinutes(10));
        inbound(raw(m2, from, "Courriel toujours lent", "Second", ""));
        long a = ticketOf(m1), b = ticketOf(m2);
        var merged = as(worker).post("/api/v1/tickets/" + b + "/merge", "{\"into\":" + a + "}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        var viaOld = as(worker).get("/api/v1/tickets/" + b).json();
        assertThat(viaOld.get("ticket").get("id").asLong()).isEqualTo(a);
        assertThat(viaOld.get("messages").toString()).contains("Premier").contains("Second");
        assertThat(viaOld.get("history").toString()).contains("merged-in");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_transaction WHERE ticket_id = :b AND action = 'created'").param("b", b)
                .query(Long.class).single()).isEqualTo(1);
        // a reply to the old ticket's thread lands on the merged one
        String m3 = "<" + UUID.randomUUID() + "@client.example>";
        inbound(raw(m3, from, "Re: Courriel toujours lent", "Troisième", "In-Reply-To: " + m2 + "\r\n"));
        assertThat(as(worker).get("/api/v1/tickets/" + a).body()).contains("Troisième");
    }

    @Test
    void aStrangerWritingWithATicketsNumberInTheSubjectOpensTheirOwnTicketAndJoinsNoOther() {
        String client = address("client");
        String m1 = "<" + UUID.randomUUID() + "@client.example>";
        inbound(raw(m1, client, "Facture introuvable", "Où est-elle ?", ""));
        long id = ticketOf(m1);
        // the requester may thread by number alone (a new mail, no References)
        String m2 = "<" + UUID.randomUUID() + "@client.example>";
        inbound(raw(m2, client, "[fourmi #" + id + "] encore", "Toujours rien", ""));
        assertThat(jdbc.sql("SELECT ticket_id FROM ticket_message WHERE message_id = :m").param("m", m2).query(Long.class).single())
                .isEqualTo(id);
        // someone who is not on the ticket does not join it by guessing its number
        String stranger = address("stranger");
        String m3 = "<" + UUID.randomUUID() + "@elsewhere.example>";
        inbound(raw(m3, stranger, "Re: [fourmi #" + id + "] hi", "Let me in", ""));
        assertThat(ticketOf(m3)).isNotEqualTo(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_party WHERE ticket_id = :t AND address = :a").param("t", id)
                .param("a", stranger).query(Long.class).single()).isZero();
    }
}
