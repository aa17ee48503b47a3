package org.fourmiliere.mail;

import java.util.List;
import java.util.Objects;

/**
 * One e-mail to send, already written in the reader's language.
 *
 * @param to             one or several addresses
 * @param language       the language it is written in ({@code fr} or {@code en}), sent as {@code Content-Language}
 * @param subject        the subject
 * @param text           the plain-text part, always present
 * @param html           the HTML alternative, or {@code null}
 * @param inReplyTo      the {@code Message-ID} this one answers ({@code In-Reply-To}), or {@code null}
 * @param references     the thread's {@code Message-ID}s, oldest first ({@code References}); empty when none
 * @param automatic      sent by the product without a person writing it: {@code Auto-Submitted: auto-generated}
 * @param listId         a {@code List-Id} for messages of one kind (e.g. {@code eligibility.fourmiliere}), or {@code null}
 * @param replyTo        where replies should go ({@code Reply-To}), e.g. the address of the module that reads them, or
 *                       {@code null}
 * @param correlationKey chosen by the caller, unique per message (e.g. {@code eligibility-notice:12:34}): a second
 *                       enqueue with the same key keeps the first message, so a reaction run twice sends once
 * @param attachments    files sent with the message (e.g. an invoice's PDF); empty when none
 */
public record OutgoingMail(List<String> to, String language, String subject, String text, String html,
                           String inReplyTo, List<String> references, boolean automatic, String listId,
                           String replyTo, String correlationKey, List<Attachment> attachments) {

    /** A file attached to a message: its name as the reader sees it, its media type and its bytes. */
    public record Attachment(String filename, String contentType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }

    /** A message without attachments. */
    public OutgoingMail(List<String> to, String language, String subject, String text, String html, String inReplyTo,
                        List<String> references, boolean automatic, String listId, String replyTo, String correlationKey) {
        this(to, language, subject, text, html, inReplyTo, references, automatic, listId, replyTo, correlationKey, List.of());
    }

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        if (to.isEmpty() || to.stream().anyMatch(a -> a == null || a.isBlank())) throw new IllegalArgumentException("to");
        to = List.copyOf(to);
        language = language == null || language.isBlank() ? "fr" : language;
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        references = references == null ? List.of() : List.copyOf(references);
        Objects.requireNonNull(correlationKey, "correlationKey");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An automatic message to one address, text only. */
    public static OutgoingMail automatic(String to, String language, String subject, String text, String correlationKey) {
        return new OutgoingMail(List.of(to), language, subject, text, null, null, List.of(), true, null, null, correlationKey);
    }

    public OutgoingMail withHtml(String html) {
        return new OutgoingMail(to, language, subject, text, html, inReplyTo, references, automatic, listId, replyTo, correlationKey, attachments);
    }

    public OutgoingMail withReplyTo(String replyTo) {
        return new OutgoingMail(to, language, subject, text, html, inReplyTo, references, automatic, listId, replyTo, correlationKey, attachments);
    }

    public OutgoingMail withListId(String listId) {
        return new OutgoingMail(to, language, subject, text, html, inReplyTo, references, automatic, listId, replyTo, correlationKey, attachments);
    }

    /** The same message with one more file attached. */
    public OutgoingMail withAttachment(Attachment attachment) {
        var all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new OutgoingMail(to, language, subject, text, html, inReplyTo, references, automatic, listId, replyTo, correlationKey, all);
    }

    /** A reply to {@code parent}: {@code In-Reply-To} it, and {@code References} the thread up to it. */
    public OutgoingMail replyingTo(String parent, List<String> thread) {
        var refs = new java.util.ArrayList<>(thread == null ? List.<String>of() : thread);
        if (!refs.contains(parent)) refs.add(parent);
        return new OutgoingMail(to, language, subject, text, html, parent, refs, automatic, listId, replyTo, correlationKey, attachments);
    }
}
