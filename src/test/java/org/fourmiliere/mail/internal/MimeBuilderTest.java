package org.fourmiliere.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.fourmiliere.mail.OutgoingMail;
import org.junit.jupiter.api.Test;

/** The MIME message sent: our Message-ID kept when saved, the reply and automatic headers, text and HTML parts. */
class MimeBuilderTest {

    private static final Instant AT = Instant.parse("2030-06-12T14:00:00Z");

    private static StoredMail stored(OutgoingMail m) {
        return StoredMail.queued(m, "<1234@koumbit.org>", AT);
    }

    @Test
    void aReplyWithHtmlHasAlternativePartsAndItsHeaders() throws Exception {
        OutgoingMail m = new OutgoingMail(List.of("a@example.org", "b@example.org"), "fr", "Re : décision rapide",
                "Texte é", "<p>Texte é</p>", null, List.of(), true, "decisions.koumbit.org", "decisions@koumbit.org", "k")
                .replyingTo("<parent@koumbit.org>", List.of("<root@koumbit.org>"));
        MimeMessage msg = MimeBuilder.build(stored(m), "fourmiliere@koumbit.org", AT);
        msg.saveChanges();

        assertThat(msg.getMessageID()).isEqualTo("<1234@koumbit.org>");
        assertThat(msg.getHeader("In-Reply-To")).containsExactly("<parent@koumbit.org>");
        assertThat(msg.getHeader("References")).containsExactly("<root@koumbit.org> <parent@koumbit.org>");
        assertThat(msg.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(msg.getHeader("List-Id")).containsExactly("<decisions.koumbit.org>");
        assertThat(msg.getHeader("Reply-To")).containsExactly("decisions@koumbit.org");
        assertThat(msg.getHeader("Content-Language")).containsExactly("fr");
        assertThat(msg.getAllRecipients()).hasSize(2);
        assertThat(msg.getSubject()).isEqualTo("Re : décision rapide");
        assertThat(msg.getSentDate().toInstant()).isEqualTo(AT);

        MimeMultipart mixed = (MimeMultipart) msg.getContent();
        MimeMultipart related = (MimeMultipart) mixed.getBodyPart(0).getContent();
        MimeMultipart alternative = (MimeMultipart) related.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Texte é");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
    }

    @Test
    void aPersonsMessageIsPlainTextWithoutAutomaticHeaders() throws Exception {
        OutgoingMail m = new OutgoingMail(List.of("a@example.org"), "en", "Hello", "Just text", null, null, null, false, null, null, "k");
        MimeMessage msg = MimeBuilder.build(stored(m), "fourmiliere@koumbit.org", AT);
        msg.saveChanges();
        assertThat(msg.getMessageID()).isEqualTo("<1234@koumbit.org>");
        assertThat(msg.getContentType()).startsWith("text/plain");
        assertThat(msg.getHeader("Auto-Submitted")).isNull();
        assertThat(msg.getHeader("In-Reply-To")).isNull();
        assertThat(msg.getHeader("References")).isNull();
        assertThat(msg.getHeader("List-Id")).isNull();
        assertThat(msg.getHeader("Reply-To")).isNull();
        var out = new ByteArrayOutputStream();
        msg.writeTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Message-ID: <1234@koumbit.org>").contains("Just text");
    }

    @Test
    void attachedFilesFollowTheTextWithTheirNameAndType() throws Exception {
        byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
        OutgoingMail m = OutgoingMail.automatic("a@example.org", "fr", "Facture F-2007-0042", "Voici la facture.", "k")
                .withAttachment(new OutgoingMail.Attachment("F-2007-0042.pdf", "application/pdf", pdf));
        MimeMessage msg = MimeBuilder.build(stored(m), "fourmiliere@koumbit.org", AT, m.attachments());
        msg.saveChanges();
        MimeMultipart mixed = (MimeMultipart) msg.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        assertThat(mixed.getCount()).isEqualTo(2);
        var file = mixed.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("F-2007-0042.pdf");
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void ourMessageIdsAreUuidsAtTheDomain() {
        assertThat(MimeBuilder.newMessageId("koumbit.org")).matches("<[0-9a-f-]{36}@koumbit\\.org>");
        assertThat(MimeBuilder.newMessageId("koumbit.org")).isNotEqualTo(MimeBuilder.newMessageId("koumbit.org"));
    }
}
