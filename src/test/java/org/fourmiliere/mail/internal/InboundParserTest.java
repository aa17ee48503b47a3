package org.fourmiliere.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading and classifying raw messages, without Spring: hand-written messages of each kind. */
class InboundParserTest {

    private static final String OURS = "<ours-1@test.local>";

    private static byte[] raw(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static InboundClassifier.Classification classify(ParsedMail m) {
        return InboundClassifier.classify(m, Set.of(OURS)::contains, "Fourmilière <fourmiliere@test.local>");
    }

    @Test
    void aPersonsMessageIsDecoded() {
        ParsedMail m = InboundParser.parse(raw("""
                From: =?UTF-8?Q?Am=C3=A9lie_Poulain?= <Amelie@Example.ORG>
                To: Décisions <Inbound-Test@test.local>, other@example.org
                Cc: copy@example.org
                Subject: =?UTF-8?B?UsOpcG9uc2UgIMOgIGxhIGTDqWNpc2lvbg==?=
                Message-ID: <abc-1@example.org>
                In-Reply-To: <x@test.local>
                References: <r1@test.local>
                 <x@test.local>
                Content-Language: fr-CA
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b"

                --b
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                Bonjour, =E9t=E9 ensoleill=E9.
                --b
                Content-Type: text/html; charset=UTF-8

                <p>ignored</p>
                --b--
                """), "Envelope@Test.Local");
        assertThat(m.messageId()).isEqualTo("<abc-1@example.org>");
        assertThat(m.fromAddress()).isEqualTo("amelie@example.org");
        assertThat(m.fromName()).isEqualTo("Amélie Poulain");
        assertThat(m.recipients()).containsExactly("envelope@test.local", "inbound-test@test.local", "other@example.org", "copy@example.org");
        assertThat(m.subject()).isEqualTo("Réponse  à la décision");
        assertThat(m.text()).isEqualTo("Bonjour, été ensoleillé.");
        assertThat(m.inReplyTo()).isEqualTo("<x@test.local>");
        assertThat(m.references()).containsExactly("<r1@test.local>", "<x@test.local>");
        assertThat(m.language()).isEqualTo("fr");
        assertThat(classify(m).kind()).isEqualTo(InboundKind.PERSON);
    }

    @Test
    void rawUtf8HeadersAreReadAsUtf8() {
        ParsedMail m = InboundParser.parse("From: Léa Tremblay <lea@example.org>\r\nSubject: Été\r\nMessage-ID: <u@x>\r\n\r\nt\r\n"
                .getBytes(StandardCharsets.UTF_8), null);
        assertThat(m.fromName()).isEqualTo("Léa Tremblay");
        assertThat(m.subject()).isEqualTo("Été");
    }

    @Test
    void htmlOnlyBecomesText() {
        ParsedMail m = InboundParser.parse(raw("""
                From: a@example.org
                Message-ID: <html-1@example.org>
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{}</style></head><body><p>Un &amp; deux</p><p>trois<br>quatre</p></body></html>
                """), null);
        assertThat(m.text()).isEqualTo("Un & deux\ntrois\nquatre");
    }

    @Test
    void autoRepliesAreRecognised() {
        String[] headers = {"Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: bulk", "Precedence: junk",
                "X-Autorespond: vacation"};
        for (String h : headers) {
            ParsedMail m = InboundParser.parse(raw("From: a@example.org\nTo: inbound-test@test.local\n" + h
                    + "\nSubject: Absent\nIn-Reply-To: " + OURS.replace("1", "2") + "\nMessage-ID: <auto@example.org>\n\nJe suis en vacances.\n"), null);
            assertThat(classify(m).kind()).as(h).isEqualTo(InboundKind.AUTO_REPLY);
            assertThat(classify(m).ignored()).isTrue();
        }
        ParsedMail notAuto = InboundParser.parse(raw("From: a@example.org\nAuto-Submitted: no\nMessage-ID: <p@example.org>\n\nHi\n"), null);
        assertThat(classify(notAuto).kind()).isEqualTo(InboundKind.PERSON);
    }

    @Test
    void aDeliveryReportIsReadPerRecipientAndTiedToTheOriginal() {
        ParsedMail m = InboundParser.parse(raw("""
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: fourmiliere@test.local
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn-1@mx.example.org>
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status;
                 boundary="R"

                --R
                Content-Type: text/plain; charset=us-ascii

                I'm sorry to have to inform you that your message could not be delivered.
                --R
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.org
                Arrival-Date: Sun,  6 Dec 2026 14:00:00 +0000 (UTC)

                Final-Recipient: rfc822; nobody@example.org
                Original-Recipient: rfc822;nobody@example.org
                Action: failed
                Status: 5.1.1
                Remote-MTA: dns; mail.example.org
                Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: Recipient address
                    rejected: User unknown

                Final-Recipient: rfc822; late@example.org
                Action: delayed
                Status: 4.4.1

                --R
                Content-Type: text/rfc822-headers

                From: fourmiliere@test.local
                To: nobody@example.org
                Subject: Avis
                Message-ID: <ours-1@test.local>

                --R--
                """), null);
        assertThat(m.report()).isNotNull();
        assertThat(m.report().originalMessageId()).isEqualTo(OURS);
        assertThat(m.report().lines()).containsExactly(
                new ParsedMail.DeliveryReport.Line("failed", "nobody@example.org", "5.1.1",
                        "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown"),
                new ParsedMail.DeliveryReport.Line("delayed", "late@example.org", "4.4.1", null));
        assertThat(classify(m).kind()).isEqualTo(InboundKind.DELIVERY_REPORT);
        assertThat(m.aboutMessageId()).isEqualTo(OURS);
    }

    @Test
    void aBounceWithoutReportAndOurOwnMailAreNeverPersons() {
        ParsedMail bounce = InboundParser.parse(raw("From: MAILER-DAEMON@mx.example.org\nSubject: failure\nMessage-ID: <b@mx>\n\nIt failed.\n"), null);
        assertThat(classify(bounce).kind()).isEqualTo(InboundKind.BOUNCE);
        ParsedMail nullSender = InboundParser.parse(raw("Return-Path: <>\nFrom: someone@example.org\nMessage-ID: <n@mx>\n\nx\n"), null);
        assertThat(classify(nullSender).kind()).isEqualTo(InboundKind.BOUNCE);
        ParsedMail ownId = InboundParser.parse(raw("From: a@example.org\nMessage-ID: " + OURS + "\n\nback\n"), null);
        assertThat(classify(ownId).kind()).isEqualTo(InboundKind.LOOP);
        ParsedMail ownFrom = InboundParser.parse(raw("From: Fourmilière <FOURMILIERE@test.local>\nMessage-ID: <o@x>\n\nback\n"), null);
        assertThat(classify(ownFrom).kind()).isEqualTo(InboundKind.LOOP);
    }

    @Test
    void withoutSenderOrUnreadableIsMalformed() {
        ParsedMail noFrom = InboundParser.parse(raw("To: inbound-test@test.local\nSubject: anonymous\n\ntext\n"), null);
        assertThat(classify(noFrom).kind()).isEqualTo(InboundKind.MALFORMED);
        ParsedMail garbage = InboundParser.parse(new byte[] {0, 1, 2, 3, (byte) 0xff}, null);
        assertThat(classify(garbage).kind()).isEqualTo(InboundKind.MALFORMED);
    }

    @Test
    void aMessageWithoutMessageIdGetsAStableHash() {
        byte[] one = raw("From: a@example.org\nSubject: no id\n\ntext\n");
        String id = InboundParser.messageIdOf(one);
        assertThat(id).matches("<[0-9a-f]{64}@hash>");
        assertThat(InboundParser.messageIdOf(one.clone())).isEqualTo(id);
        assertThat(InboundParser.parse(one, null).messageId()).isEqualTo(id);
        assertThat(InboundParser.messageIdOf(raw("From: a@example.org\nSubject: no id\n\nother text\n"))).isNotEqualTo(id);
        assertThat(InboundParser.messageIdOf(raw("Message-ID:   abc@x \n\nt\n"))).isEqualTo("<abc@x>");
    }

    @Test
    void onlyTheCollectivesOwnServerVouchesForASender() {
        ParsedMail m = InboundParser.parse(raw("""
                Authentication-Results: evil.example; dmarc=pass header.from=example.org
                Authentication-Results: mx.collective.example;
                  dkim=pass header.d=example.org header.s=sel; spf=pass smtp.mailfrom=example.org
                From: Claire <claire@example.org>
                To: decisions@collective.example
                Subject: Acheter un disque
                Message-ID: <auth-1@example.org>

                Montant : 250 $
                """), null);
        assertThat(m.authenticatedBy("mx.collective.example")).isTrue();
        assertThat(m.authenticatedBy("other.example")).isFalse();
        ParsedMail forged = InboundParser.parse(raw("""
                Authentication-Results: mx.collective.example; dkim=pass header.d=attacker.example; dmarc=fail
                From: Claire <claire@example.org>
                To: decisions@collective.example
                Subject: Acheter un disque
                Message-ID: <auth-2@example.org>

                VETO
                """), null);
        assertThat(forged.authenticatedBy("mx.collective.example")).as("DKIM of another domain, DMARC failed").isFalse();
        ParsedMail none = InboundParser.parse(raw("""
                From: Claire <claire@example.org>
                Subject: x
                Message-ID: <auth-3@example.org>

                x
                """), null);
        assertThat(none.authenticatedBy("mx.collective.example")).isFalse();
    }

    @Test
    void controlCharactersNeverReachAColumnAndAnOddMessageIdIsHashed() {
        byte[] bytes = ("From: a@example.org\r\nSubject: bad\u0000subject\r\nMessage-ID: <bad\u0001id@example.org>\r\n\r\n"
                + "text\u0000with nul\r\n").getBytes(StandardCharsets.ISO_8859_1);
        ParsedMail m = InboundParser.parse(bytes, null);
        assertThat(m.messageId()).endsWith("@hash>");
        assertThat(m.subject()).isEqualTo("badsubject");
        assertThat(m.text()).doesNotContain("\u0000");
    }

    @Test
    void readReceiptsAndComplaintsAreWrittenByPrograms() {
        ParsedMail m = InboundParser.parse(raw("""
                From: Claire <claire@example.org>
                To: decisions@collective.example
                Subject: Read: [QD-3] Quick decision
                Message-ID: <mdn-1@example.org>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=disposition-notification; boundary="B"

                --B
                Content-Type: text/plain

                Your message was displayed.
                --B
                Content-Type: message/disposition-notification

                Final-Recipient: rfc822; claire@example.org
                Disposition: manual-action/MDN-sent-manually; displayed
                --B--
                """), null);
        assertThat(classify(m).kind()).isEqualTo(InboundKind.AUTO_REPLY);
        assertThat(InboundParser.htmlToText("<head>".repeat(200_000))).isNotNull();
    }
}
