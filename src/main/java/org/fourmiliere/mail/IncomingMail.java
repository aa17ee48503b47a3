package org.fourmiliere.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One message received, as a module's {@link InboundMailHandler} sees it: already stored raw, recognised as written
 * by a person (auto-replies, delivery reports and loops never reach a handler), its text decoded.
 *
 * @param id          the stored message's number (for links to it: {@code /mail/inbound/{id}})
 * @param messageId   its {@code Message-ID} with angle brackets (a hash of the raw message when it had none)
 * @param fromAddress the sender's address, in lower case
 * @param fromName    the sender's display name, or {@code null}
 * @param recipients  every address it was sent to (envelope, {@code To}, {@code Cc}), in lower case
 * @param subject     the subject, decoded ({@code ""} when none)
 * @param text        the plain text of the message (from its {@code text/plain} part, else its HTML as text)
 * @param inReplyTo   the {@code In-Reply-To} {@code Message-ID}, or {@code null}
 * @param references  the {@code References} {@code Message-ID}s, oldest first
 * @param language    its {@code Content-Language} ({@code fr}, {@code en}) when it says one, else {@code null}
 * @param receivedAt  when we received it
 * @param html        its {@code text/html} part as sent (not sanitised: whoever shows it must), or {@code null}
 * @param attachments its files (parts with a file name or an attachment disposition), in order
 */
public record IncomingMail(long id, String messageId, String fromAddress, String fromName, List<String> recipients,
                           String subject, String text, String inReplyTo, List<String> references, String language,
                           Instant receivedAt, String html, List<Attachment> attachments) {

    /** A file carried by a message: its name (never blank), its declared type, its decoded bytes. */
    public record Attachment(String filename, String contentType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(content, "content");
            filename = filename == null || filename.isBlank() ? "attachment" : filename;
            contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        }
    }

    /** A message of text only. */
    public IncomingMail(long id, String messageId, String fromAddress, String fromName, List<String> recipients,
                        String subject, String text, String inReplyTo, List<String> references, String language,
                        Instant receivedAt) {
        this(id, messageId, fromAddress, fromName, recipients, subject, text, inReplyTo, references, language, receivedAt,
                null, List.of());
    }

    public IncomingMail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(fromAddress, "fromAddress");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
        references = references == null ? List.of() : List.copyOf(references);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The messages this one answers, the closest first: {@code In-Reply-To}, then {@code References} newest first. */
    public List<String> answers() {
        List<String> ids = new ArrayList<>();
        if (inReplyTo != null) ids.add(inReplyTo);
        for (int i = references.size() - 1; i >= 0; i--) {
            if (!ids.contains(references.get(i))) ids.add(references.get(i));
        }
        return ids;
    }
}
