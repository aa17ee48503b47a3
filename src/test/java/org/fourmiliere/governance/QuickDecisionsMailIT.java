package org.fourmiliere.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.governance.internal.quick.QuickDecisionJobs;
import org.fourmiliere.mail.Delivery;
import org.fourmiliere.mail.InboundMailHandler;
import org.fourmiliere.mail.IncomingMail;
import org.fourmiliere.mail.MailInbox;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.TestMail;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quick decisions by e-mail, end to end with a real mail server (GreenMail): members write over SMTP to the decisions
 * address, the application reads that mailbox over IMAP, and its answers come back over SMTP to each member's
 * mailbox. Propose → every member notified in their language → veto by reply → on the next meeting's agenda; another
 * proposal adopted at its deadline → in the register; a non-member's proposal and an over-cap one refused by e-mail,
 * nothing recorded; the same message delivered twice, and processing stopped midway, → one proposal and one round
 * of notices; an auto-reply and a bounce to a notice → no answer, no loop, the bounce shown on the notice.
 */
@IntegrationTest
class QuickDecisionsMailIT extends MeetingTestBase {

    @Autowired TestClock testClock;
    @Autowired TestMail mail;
    @Autowired QuickDecisionJobs jobs;
    @Autowired List<InboundMailHandler> handlers;
    @Autowired MailInbox inbox;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Outbox outbox;
    @Value("${fourmiliere.quick-decisions.address}") String decisions;

    Person claire;
    Person antoine;
    String jordan;
    long jordanId;
    LocalDate friday;

    @BeforeEach
    void aWorkCommitteeInAYearOfItsOwn() {
        friday = LocalDate.of(Years.fresh(), 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        claire = people.withAccount("Claire");
        antoine = people.withAccount("Antoine");
        jordan = "jordan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        jordanId = registration.registerPerson(MemberRegistration.RegisterPerson.of("Jordan", jordan, "en"));
        for (long id : List.of(claire.id(), antoine.id(), jordanId)) {
            bodies.joinWorkCommittee(id, friday.minusDays(30), "quick decisions by mail");
        }
        // the clock moves to the test's own year after the changes that the bodies' history dates (so that it stays
        // in order for the tests that read it)
        testClock.set(friday.atTime(15, 0).atZone(TimeConfig.ZONE).toInstant());
    }

    /** Sends a message over SMTP as {@code from} to the decisions address; returns its Message-ID. */
    private String send(String from, String subject, String text, String inReplyTo, String... headers) {
        return mail.send(from, decisions, subject, text, inReplyTo, headers);
    }

    private Long proposalOf(String messageId) {
        return jdbc.sql("SELECT id FROM quick_decision WHERE source_message_id = :m").param("m", messageId)
                .query(Long.class).optional().orElse(null);
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM quick_decision WHERE id = :id").param("id", id).query(String.class).single();
    }

    /** The messages a person's mailbox received whose subject contains {@code part}. */
    private List<MimeMessage> received(String address, String part) {
        return mail.received(address, part);
    }

    private static String text(MimeMessage m) {
        return TestMail.text(m);
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void proposedByMailNotifiedInEachLanguageVetoedByReplyOntoTheAgenda() throws Exception {
        Meeting production = facts.meeting(facts.workCommittee(), MeetingType.PRODUCTION, friday.plusDays(3));
        String proposal = send(claire.email(), "Acheter un disque", "Pour les sauvegardes.\n\nMontant : 250 $\n\nClaire", null);
        await().atMost(WAIT).until(() -> proposalOf(proposal) != null);
        long id = proposalOf(proposal);
        String token = "[QD-" + id + "]";

        await().atMost(WAIT).until(() -> received(antoine.email(), token).size() == 1 && received(jordan, token).size() == 1
                && received(claire.email(), token).size() == 1);
        MimeMessage fr = received(antoine.email(), token).getFirst();
        assertThat(fr.getSubject()).isEqualTo(token + " Décision rapide : Acheter un disque");
        assertThat(fr.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat(fr.getHeader("Reply-To", null)).isEqualTo(decisions);
        assertThat(fr.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(text(fr)).contains("mardi").contains("15 h 00 (heure de Montréal, UTC−04:00)").contains("VETO");
        MimeMessage en = received(jordan, token).getFirst();
        assertThat(en.getSubject()).isEqualTo(token + " Quick decision: Acheter un disque");
        assertThat(text(en)).contains("Tuesday").contains("3:00 PM (Montréal time, UTC−04:00)");

        // the same message delivered a second time: no second proposal, no second round
        mail.send(copyOf(proposal, claire.email(), "Acheter un disque", "Pour les sauvegardes.\n\nMontant : 250 $\n\nClaire"));
        String marker = send(claire.email(), "Re: " + token + " rien", "Une ligne qui n'est pas une réponse", null);
        await().atMost(WAIT).until(() -> !received(claire.email(), "rien").isEmpty());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quick_decision WHERE source_message_id = :m").param("m", proposal)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(received(antoine.email(), token + " Décision rapide")).hasSize(1);
        assertThat(text(received(claire.email(), "rien").getFirst())).contains("ne commence ni par VETO");

        // Antoine vetoes by replying to his notice
        String notice = fr.getMessageID();
        send(antoine.email(), "Re: " + fr.getSubject(), "VETO parlons-en lundi\n\n> " + token + " Décision rapide", notice);
        await().atMost(WAIT).until(() -> status(id).equals("VETOED"));
        assertThat(jdbc.sql("SELECT meeting_id FROM quick_decision WHERE id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(production.id());
        assertThat(meetings.agenda(production.id())).anySatisfy(item -> {
            assertThat(item.title()).isEqualTo(token + " Acheter un disque");
            assertThat(item.text()).contains("parlons-en lundi");
        });
        await().atMost(WAIT).until(() -> !received(claire.email(), token + " Veto").isEmpty()
                && !received(jordan, token + " Vetoed").isEmpty());
        assertThat(text(received(jordan, token + " Vetoed").getFirst())).contains("Production meeting");
    }

    @Test
    void anotherProposalIsAdoptedAtItsDeadlineIntoTheRegister() throws Exception {
        String proposal = send(jordan, "Renew the domain name", "For five years.\nAmount: $120", null);
        await().atMost(WAIT).until(() -> proposalOf(proposal) != null);
        long id = proposalOf(proposal);
        String support = send(antoine.email(), "Re: [QD-" + id + "] anything", "OK", null);
        await().atMost(WAIT).until(() -> !received(antoine.email(), "[QD-" + id + "] Réponse reçue").isEmpty());
        Instant deadline = jdbc.sql("SELECT deadline FROM quick_decision WHERE id = :id").param("id", id)
                .query(java.time.OffsetDateTime.class).single().toInstant();
        testClock.set(deadline.plusSeconds(2));
        jobs.run();
        assertThat(status(id)).isEqualTo("ADOPTED");
        long decision = jdbc.sql("SELECT decision_id FROM quick_decision WHERE id = :id").param("id", id).query(Long.class).single();
        assertThat(jdbc.sql("SELECT how_taken || ' ' || status FROM decision WHERE id = :id").param("id", decision)
                .query(String.class).single()).isEqualTo("QUICK_DECISION ADOPTED");
        await().atMost(WAIT).until(() -> !received(jordan, "[QD-" + id + "] Adopted").isEmpty()
                && !received(claire.email(), "[QD-" + id + "] Adoptée").isEmpty());
        assertThat(support).isNotNull();
    }

    @Test
    void aNonMembersProposalAndAnOverCapOneAreRefusedByMailAndNothingIsRecorded() throws Exception {
        Person outsider = people.withAccount("Outsider");
        String fromOutsider = send(outsider.email(), "Acheter des chaises", "Montant : 100 $", null);
        String overCap = send(claire.email(), "Un nouveau serveur", "Montant : 5 000 $", null);
        await().atMost(WAIT).until(() -> !received(outsider.email(), "Acheter des chaises").isEmpty()
                && !received(claire.email(), "Un nouveau serveur").isEmpty());
        assertThat(text(received(outsider.email(), "Acheter des chaises").getFirst())).contains("Seuls les membres du comité de travail");
        MimeMessage refused = received(claire.email(), "Un nouveau serveur").getFirst();
        assertThat(refused.getHeader("In-Reply-To", null)).isEqualTo(overCap);
        assertThat(text(refused)).contains("500,00 $").contains("proposée en réunion");
        assertThat(proposalOf(fromOutsider)).isNull();
        assertThat(proposalOf(overCap)).isNull();

        // Claire answers the refusal: neither a proposal nor answered again, kept for a person to look at
        String answer = send(claire.email(), "Re: " + refused.getSubject(), "D'accord, je l'apporte en réunion.", refused.getMessageID());
        await().atMost(WAIT).until(() -> "TO_LOOK_AT".equals(jdbc.sql("SELECT status FROM mail_inbound WHERE message_id = :m")
                .param("m", answer).query(String.class).optional().orElse(null)));
        assertThat(proposalOf(answer)).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE in_reply_to = :m").param("m", answer).query(Long.class).single()).isZero();
    }

    private static byte[] raw(String from, String to, String subject, String messageId, String inReplyTo, String text) {
        return ("From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId + "\r\n"
                + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\n")
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aVetoTheMailServerReceivedBeforeTheDeadlineCountsEvenIfReadAfter() {
        String proposal = "<" + UUID.randomUUID() + "@example.org>";
        inbox.receive(raw(claire.email(), decisions, "Changer de banque", proposal, null, "Pour les frais."), "API", decisions);
        long id = proposalOf(proposal);
        Instant deadline = jdbc.sql("SELECT deadline FROM quick_decision WHERE id = :id").param("id", id)
                .query(java.time.OffsetDateTime.class).single().toInstant();
        // the application was down over the deadline; the veto reached the mailbox a minute before it
        testClock.set(deadline.plusSeconds(600));
        String veto = "<" + UUID.randomUUID() + "@example.org>";
        inbox.receive(raw(antoine.email(), decisions, "Re: [QD-" + id + "] Changer de banque", veto, proposal, "VETO pas maintenant"),
                "IMAP:collective", decisions, deadline.minusSeconds(60));
        jobs.run();
        assertThat(status(id)).isEqualTo("VETOED");
    }

    @Test
    void aProposalHandledLateStillLeavesTheMembersTheWholeDelay() {
        String proposal = "<" + UUID.randomUUID() + "@example.org>";
        Instant sent = testClock.instant().minus(Duration.ofDays(5));
        inbox.receive(raw(claire.email(), decisions, "Réparer le toit", proposal, null, "Montant : 90 $"), "IMAP:collective", decisions, sent);
        long id = proposalOf(proposal);
        Instant deadline = jdbc.sql("SELECT deadline FROM quick_decision WHERE id = :id").param("id", id)
                .query(java.time.OffsetDateTime.class).single().toInstant();
        assertThat(deadline).as("48 business hours from when it was handled, not from when it was sent")
                .isAfter(testClock.instant().plus(Duration.ofHours(47)));
        jobs.run();
        assertThat(status(id)).isEqualTo("OPEN");
    }

    @Test
    void processingStoppedMidwayThenDeliveredKeepsOneProposalAndOneRoundOfNotices() throws Exception {
        String id = "<" + UUID.randomUUID() + "@example.org>";
        InboundMailHandler decisionsHandler = handlers.stream().filter(h -> h.addresses().contains(decisions)).findFirst().orElseThrow();
        // the handler's work done in the transaction that marks the message handled, then the application stops
        // before the commit: nothing of it remains
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            decisionsHandler.handle(new IncomingMail(0, id, claire.email(), null, List.of(decisions), "Payer l'hébergement",
                    "Montant : 80 $", null, List.of(), null, testClock.instant()));
            assertThat(proposalOf(id)).as("written in the transaction").isNotNull();
            tx.setRollbackOnly();
        });
        assertThat(proposalOf(id)).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key LIKE 'quick-decision:%' AND in_reply_to = :m")
                .param("m", id).query(Long.class).single()).isZero();
        // then the message arrives for real (the mailbox still holds it), and once more
        mail.send(copyOf(id, claire.email(), "Payer l'hébergement", "Montant : 80 $"));
        mail.send(copyOf(id, claire.email(), "Payer l'hébergement", "Montant : 80 $"));
        await().atMost(WAIT).until(() -> proposalOf(id) != null);
        long q = proposalOf(id);
        await().atMost(WAIT).until(() -> received(antoine.email(), "[QD-" + q + "]").size() == 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quick_decision_mail WHERE quick_decision_id = :q AND step = 'NOTICE' AND person_id = :p")
                .param("q", q).param("p", antoine.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAutoReplyAndABounceToANoticeGetNoAnswerAndNoLoop() throws Exception {
        String proposal = send(claire.email(), "Acheter du café", "Pour la semaine.", null);
        await().atMost(WAIT).until(() -> proposalOf(proposal) != null);
        long id = proposalOf(proposal);
        await().atMost(WAIT).until(() -> received(antoine.email(), "[QD-" + id + "]").size() == 1);
        String notice = received(antoine.email(), "[QD-" + id + "]").getFirst().getMessageID();

        String vacation = send(antoine.email(), "Absent : [QD-" + id + "] Décision rapide : Acheter du café",
                "VETO — je suis en vacances jusqu'au 20", notice, "Auto-Submitted", "auto-replied");
        String bounce = "<" + UUID.randomUUID() + "@mx.example.org>";
        // the bounce comes in through the raw entry point, as a mail server piping it in would deliver it
        assertThat(inbox.receive(dsn(bounce, antoine.email(), notice), "API", decisions).status()).isEqualTo("IGNORED");
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT COUNT(*) FROM mail_inbound WHERE message_id IN (:ids) AND status = 'IGNORED'")
                .param("ids", List.of(vacation, bounce)).query(Long.class).single() == 2);
        assertThat(status(id)).as("an auto-reply's VETO is not a veto").isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quick_decision_answer WHERE quick_decision_id = :q").param("q", id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE in_reply_to IN (:ids)").param("ids", List.of(vacation, bounce))
                .query(Long.class).single()).as("nothing answers them").isZero();
        Delivery delivery = outbox.deliveries(List.of(notice)).get(notice);
        assertThat(delivery.reports()).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("failed");
            assertThat(r.status()).isEqualTo("5.1.1");
        });
    }

    /** The same message (same Message-ID) as first sent. */
    private MimeMessage copyOf(String messageId, String from, String subject, String text) throws Exception {
        return mail.message(messageId, from, decisions, subject, text);
    }

    /** A delivery status notification (RFC 3464) from a mail server: the notice could not be delivered. */
    private byte[] dsn(String messageId, String recipient, String original) {
        return TestMail.deliveryFailure(messageId, decisions, recipient, original);
    }
}
