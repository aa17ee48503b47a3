package org.fourmiliere.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.shared.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The SQL of the outbox. No rules, no transactions. Recipients are kept one a line (an address may hold a comma
 * in its display name), references separated by spaces as in the header.
 */
@Component
public class OutboxStore {

    private static final String COLUMNS = """
            id, message_id, correlation_key, recipients, language, subject, body_text, body_html, in_reply_to,
            message_references, automatic, list_id, reply_to, status, attempts, created_at, next_attempt_at, last_attempt_at,
            sent_at, last_error""";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(StoredMail m) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mail_outbox (message_id, correlation_key, recipients, language, subject, body_text, body_html,
                  in_reply_to, message_references, automatic, list_id, reply_to, status, attempts, created_at, next_attempt_at)
                VALUES (:mid, :key, :to, :lang, :subject, :text, :html, :irt, :refs, :auto, :list, :replyTo, 'QUEUED', 0, :at, :at)""")
                .param("mid", m.messageId()).param("key", m.correlationKey()).param("to", String.join("\n", m.to()))
                .param("lang", m.language()).param("subject", m.subject()).param("text", m.text()).param("html", m.html())
                .param("irt", m.inReplyTo()).param("refs", m.references().isEmpty() ? null : String.join(" ", m.references()))
                .param("auto", m.automatic()).param("list", m.listId()).param("replyTo", m.replyTo()).param("at", Timestamp.from(m.createdAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Stores the files attached to the message {@code outboxId}, in their order. */
    void insertAttachments(long outboxId, List<org.fourmiliere.mail.OutgoingMail.Attachment> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            var a = attachments.get(i);
            jdbc.sql("""
                    INSERT INTO mail_outbox_attachment (outbox_id, position, filename, content_type, content)
                    VALUES (:id, :pos, :name, :type, :content)""")
                    .param("id", outboxId).param("pos", i).param("name", a.filename()).param("type", a.contentType())
                    .param("content", a.content()).update();
        }
    }

    /** The files attached to the message {@code outboxId}, in their order. */
    List<org.fourmiliere.mail.OutgoingMail.Attachment> attachments(long outboxId) {
        return jdbc.sql("SELECT filename, content_type, content FROM mail_outbox_attachment WHERE outbox_id = :id ORDER BY position")
                .param("id", outboxId)
                .query((rs, n) -> new org.fourmiliere.mail.OutgoingMail.Attachment(rs.getString("filename"),
                        rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    Optional<String> messageIdOf(String correlationKey) {
        return jdbc.sql("SELECT message_id FROM mail_outbox WHERE correlation_key = :key")
                .param("key", correlationKey).query(String.class).optional();
    }

    /** The queued messages whose next attempt is due, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM mail_outbox WHERE status = 'QUEUED' AND next_attempt_at <= :now
                ORDER BY next_attempt_at, id LIMIT :n""")
                .param("now", Timestamp.from(now)).param("n", limit).query(Long.class).list();
    }

    /**
     * Takes a due message for one attempt: counts it and sets the time of the next one, on the condition that it is
     * still queued and due. Returns false if another run took it first.
     */
    boolean claim(long id, Instant now, Instant next) {
        return jdbc.sql("""
                UPDATE mail_outbox SET attempts = attempts + 1, last_attempt_at = :now, next_attempt_at = :next
                WHERE id = :id AND status = 'QUEUED' AND next_attempt_at <= :now""")
                .param("now", Timestamp.from(now)).param("next", Timestamp.from(next)).param("id", id).update() == 1;
    }

    Optional<StoredMail> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = :id").param("id", id)
                .query(OutboxStore::mail).optional();
    }

    Optional<StoredMail> byMessageId(String messageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE message_id = :m").param("m", messageId)
                .query(OutboxStore::mail).optional();
    }

    Optional<StoredMail> byCorrelationKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE correlation_key = :key").param("key", key)
                .query(OutboxStore::mail).optional();
    }

    void sent(long id, MailStatus status, Instant at) {
        jdbc.sql("UPDATE mail_outbox SET status = :s, sent_at = :at, last_error = NULL WHERE id = :id AND status = 'QUEUED'")
                .param("s", status.name()).param("at", Timestamp.from(at)).param("id", id).update();
    }

    void attemptFailed(long id, String error, boolean last) {
        jdbc.sql("UPDATE mail_outbox SET last_error = :e, status = :s WHERE id = :id AND status = 'QUEUED'")
                .param("e", error).param("s", last ? MailStatus.FAILED.name() : MailStatus.QUEUED.name()).param("id", id).update();
    }

    /** Puts a failed message back in the queue for a new series of attempts. */
    boolean requeue(long id, Instant now) {
        return jdbc.sql("""
                UPDATE mail_outbox SET status = 'QUEUED', attempts = 0, next_attempt_at = :now
                WHERE id = :id AND status = 'FAILED'""")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    List<StoredMail> failed(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE status = 'FAILED' ORDER BY last_attempt_at DESC, id DESC LIMIT :n")
                .param("n", limit).query(OutboxStore::mail).list();
    }

    /** Messages waiting for an attempt, and messages given up: the outbox's queue, without reading the sent ones. */
    Map<MailStatus, Long> waitingAndFailed() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        counts.put(MailStatus.QUEUED, 0L);
        counts.put(MailStatus.FAILED, 0L);
        jdbc.sql("SELECT status, COUNT(*) AS n FROM mail_outbox WHERE status IN ('QUEUED', 'FAILED') GROUP BY status")
                .query((rs, i) -> counts.put(MailStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return counts;
    }

    Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus s : MailStatus.values()) counts.put(s, 0L);
        jdbc.sql("SELECT status, COUNT(*) AS n FROM mail_outbox GROUP BY status")
                .query((rs, i) -> counts.put(MailStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return counts;
    }

    private static StoredMail mail(ResultSet rs, int i) throws SQLException {
        String refs = rs.getString("message_references");
        return new StoredMail(rs.getLong("id"), rs.getString("message_id"), rs.getString("correlation_key"),
                List.of(rs.getString("recipients").split("\n")), rs.getString("language"), rs.getString("subject"),
                rs.getString("body_text"), rs.getString("body_html"), rs.getString("in_reply_to"),
                refs == null ? List.of() : Arrays.asList(refs.split(" ")), rs.getBoolean("automatic"), rs.getString("list_id"), rs.getString("reply_to"),
                MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), SqlValues.instant(rs, "created_at"),
                SqlValues.instant(rs, "next_attempt_at"), SqlValues.instant(rs, "last_attempt_at"), SqlValues.instant(rs, "sent_at"), rs.getString("last_error"));
    }

}
