package org.fourmiliere.mail.internal;

import java.time.Instant;
import java.util.List;
import org.fourmiliere.mail.OutgoingMail;

/** A message of the outbox, with where it stands. */
public record StoredMail(long id, String messageId, String correlationKey, List<String> to, String language,
                         String subject, String text, String html, String inReplyTo, List<String> references,
                         boolean automatic, String listId, String replyTo, MailStatus status, int attempts, Instant createdAt,
                         Instant nextAttemptAt, Instant lastAttemptAt, Instant sentAt, String lastError) {

    static StoredMail queued(OutgoingMail m, String messageId, Instant at) {
        return new StoredMail(0, messageId, m.correlationKey(), m.to(), m.language(), m.subject(), m.text(), m.html(),
                m.inReplyTo(), m.references(), m.automatic(), m.listId(), m.replyTo(), MailStatus.QUEUED, 0, at, at, null, null, null);
    }
}
