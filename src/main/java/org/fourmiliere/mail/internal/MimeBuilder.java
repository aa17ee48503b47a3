package org.fourmiliere.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.fourmiliere.mail.OutgoingMail;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Turns a message of the outbox into the MIME message sent: text part, HTML alternative when there is one, and the
 * headers — our {@code Message-ID} (the same at every attempt), {@code In-Reply-To}/{@code References} on a reply,
 * {@code Auto-Submitted: auto-generated} on automatic mail, {@code List-Id}, {@code Reply-To}, {@code Content-Language};
 * the files attached, when there are some.
 */
final class MimeBuilder {

    private static final Session SESSION = Session.getInstance(new Properties());

    private MimeBuilder() {}

    static MimeMessage build(StoredMail m, String from, Instant date) throws MessagingException {
        return build(m, from, date, List.of());
    }

    /** The same, with files attached (a multipart/mixed message around the text). */
    static MimeMessage build(StoredMail m, String from, Instant date, List<OutgoingMail.Attachment> attachments)
            throws MessagingException {
        MimeMessage message = new OwnIdMessage(SESSION, m.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, m.html() != null || !attachments.isEmpty(), "UTF-8");
        helper.setFrom(from);
        helper.setTo(m.to().stream().map(String::trim).toArray(String[]::new));
        helper.setSubject(m.subject());
        if (m.html() != null) helper.setText(m.text(), m.html());
        else helper.setText(m.text(), false);
        helper.setSentDate(Date.from(date));
        message.setHeader("Content-Language", m.language());
        if (m.automatic()) message.setHeader("Auto-Submitted", "auto-generated");
        if (m.inReplyTo() != null) message.setHeader("In-Reply-To", m.inReplyTo());
        if (!m.references().isEmpty()) message.setHeader("References", String.join(" ", m.references()));
        if (m.listId() != null) message.setHeader("List-Id", "<" + m.listId() + ">");
        if (m.replyTo() != null) helper.setReplyTo(m.replyTo().trim());
        for (OutgoingMail.Attachment a : attachments) {
            helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
        }
        message.setHeader("Message-ID", m.messageId());
        return message;
    }

    /** Our {@code Message-ID} for a new message: {@code <uuid@domain>}. */
    static String newMessageId(String domain) {
        return "<" + java.util.UUID.randomUUID() + "@" + domain + ">";
    }

    /** A MIME message that keeps the {@code Message-ID} we gave it instead of making a new one when saved. */
    private static final class OwnIdMessage extends MimeMessage {
        private final String messageId;

        OwnIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
