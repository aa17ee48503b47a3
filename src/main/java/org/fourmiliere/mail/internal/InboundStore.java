package org.fourmiliere.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.mail.Delivery;
import org.fourmiliere.shared.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The SQL of inbound mail and of the delivery reports. No rules, no transactions. */
@Component
public class InboundStore {

    private static final String COLUMNS = """
            id, message_id, raw_size, source, envelope_recipient, received_at, from_address, subject, status, kind,
            routed_to, about_message_id, outcome, attempts, processed_at, looked_at_by, looked_at""";

    /** What processing reads of a stored message. */
    record Pending(long id, String messageId, byte[] raw, String envelopeRecipient, Instant receivedAt) {}

    private final JdbcClient jdbc;

    InboundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> idOf(String messageId) {
        return jdbc.sql("SELECT id FROM mail_inbound WHERE message_id = :m").param("m", messageId).query(Long.class).optional();
    }

    long insert(String messageId, byte[] raw, String source, String envelopeRecipient, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mail_inbound (message_id, raw_message, raw_size, source, envelope_recipient, received_at, status, attempts)
                VALUES (:m, :raw, :size, :source, :env, :at, 'RECEIVED', 0)""")
                .param("m", messageId).param("raw", raw).param("size", raw.length).param("source", source)
                .param("env", envelopeRecipient).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Takes a received message for processing, in the processing transaction: it is marked processed now, and the
     * mark commits with the handler's work or not at all. False if it is not (or no longer) waiting.
     */
    boolean claim(long id) {
        return jdbc.sql("UPDATE mail_inbound SET status = 'PROCESSED', attempts = attempts + 1 WHERE id = :id AND status = 'RECEIVED'")
                .param("id", id).update() == 1;
    }

    Optional<Pending> pending(long id) {
        return jdbc.sql("SELECT id, message_id, raw_message, envelope_recipient, received_at FROM mail_inbound WHERE id = :id")
                .param("id", id)
                .query((rs, i) -> new Pending(rs.getLong("id"), rs.getString("message_id"), rs.getBytes("raw_message"),
                        rs.getString("envelope_recipient"), rs.getTimestamp("received_at").toInstant()))
                .optional();
    }

    Optional<byte[]> raw(long id) {
        return jdbc.sql("SELECT raw_message FROM mail_inbound WHERE id = :id").param("id", id)
                .query((rs, i) -> rs.getBytes("raw_message")).optional();
    }

    /** Writes what processing found and did. */
    void finish(long id, InboundStatus status, InboundKind kind, String from, String subject, String routedTo,
                String about, String outcome, Instant at) {
        jdbc.sql("""
                UPDATE mail_inbound SET status = :status, kind = :kind, from_address = :from, subject = :subject,
                  routed_to = :routed, about_message_id = :about, outcome = :outcome, processed_at = :at
                WHERE id = :id""")
                .param("status", status.name()).param("kind", kind.name()).param("from", cut(from, 320))
                .param("subject", cut(subject, 1000)).param("routed", cut(routedTo, 320)).param("about", cut(about, 320))
                .param("outcome", cut(outcome, 2000)).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** After a failed processing rolled back: keeps the error and puts the message on the list to look at. */
    boolean failed(long id, String error, Instant at) {
        return jdbc.sql("""
                UPDATE mail_inbound SET status = 'TO_LOOK_AT', kind = 'FAILED', outcome = :e, processed_at = :at,
                  attempts = attempts + 1
                WHERE id = :id AND status = 'RECEIVED'""")
                .param("e", cut(error, 2000)).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    List<Long> received(int limit) {
        return jdbc.sql("SELECT id FROM mail_inbound WHERE status = 'RECEIVED' ORDER BY id LIMIT :n")
                .param("n", limit).query(Long.class).list();
    }

    boolean lookedAt(long id, String who, Instant at) {
        return jdbc.sql("UPDATE mail_inbound SET status = 'LOOKED_AT', looked_at_by = :who, looked_at = :at WHERE id = :id AND status = 'TO_LOOK_AT'")
                .param("who", cut(who, 320)).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** Back to received, to be processed again (after a person fixed what stopped it). */
    boolean again(long id) {
        return jdbc.sql("""
                UPDATE mail_inbound SET status = 'RECEIVED', processed_at = NULL, looked_at_by = NULL, looked_at = NULL
                WHERE id = :id AND status IN ('TO_LOOK_AT', 'LOOKED_AT')""")
                .param("id", id).update() == 1;
    }

    Optional<InboundRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_inbound WHERE id = :id").param("id", id).query(InboundStore::row).optional();
    }

    List<InboundRow> list(InboundStatus status, int limit) {
        if (status == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM mail_inbound ORDER BY id DESC LIMIT :n").param("n", limit)
                    .query(InboundStore::row).list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_inbound WHERE status = :s ORDER BY id DESC LIMIT :n")
                .param("s", status.name()).param("n", limit).query(InboundStore::row).list();
    }

    Map<InboundStatus, Long> counts() {
        Map<InboundStatus, Long> counts = new EnumMap<>(InboundStatus.class);
        for (InboundStatus s : InboundStatus.values()) counts.put(s, 0L);
        jdbc.sql("SELECT status, COUNT(*) AS n FROM mail_inbound GROUP BY status")
                .query((rs, i) -> counts.put(InboundStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return counts;
    }

    void deleteReports(long inboundId) {
        jdbc.sql("DELETE FROM mail_delivery_report WHERE inbound_id = :id").param("id", inboundId).update();
    }

    void insertReport(long inboundId, String about, ParsedMail.DeliveryReport.Line line, Instant at) {
        jdbc.sql("""
                INSERT INTO mail_delivery_report (inbound_id, about_message_id, action, recipient, status, diagnostic, received_at)
                VALUES (:id, :about, :action, :rcpt, :status, :diag, :at)""")
                .param("id", inboundId).param("about", about).param("action", line.action()).param("rcpt", line.recipient())
                .param("status", line.status()).param("diag", line.diagnostic()).param("at", Timestamp.from(at)).update();
    }

    /** The report lines about each of these messages, oldest first, keyed by the message reported on. */
    List<Map.Entry<String, Delivery.Report>> reportsAbout(Collection<String> messageIds) {
        if (messageIds.isEmpty()) return List.of();
        return jdbc.sql("""
                SELECT about_message_id, action, recipient, status, diagnostic, inbound_id, received_at
                FROM mail_delivery_report WHERE about_message_id IN (:ids) ORDER BY received_at, id""")
                .param("ids", messageIds)
                .query((rs, i) -> Map.entry(rs.getString("about_message_id"), report(rs))).list();
    }

    List<Delivery.Report> reportsOf(long inboundId) {
        return jdbc.sql("""
                SELECT action, recipient, status, diagnostic, inbound_id, received_at
                FROM mail_delivery_report WHERE inbound_id = :id ORDER BY id""")
                .param("id", inboundId).query((rs, i) -> report(rs)).list();
    }

    /** Whether a {@code Message-ID} is one of the messages we sent. */
    boolean ours(String messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE message_id = :m").param("m", messageId)
                .query(Long.class).single() > 0;
    }

    private static Delivery.Report report(ResultSet rs) throws SQLException {
        return new Delivery.Report(rs.getString("action"), rs.getString("recipient"), rs.getString("status"),
                rs.getString("diagnostic"), rs.getLong("inbound_id"), rs.getTimestamp("received_at").toInstant());
    }

    private static InboundRow row(ResultSet rs, int i) throws SQLException {
        String kind = rs.getString("kind");
        return new InboundRow(rs.getLong("id"), rs.getString("message_id"), rs.getInt("raw_size"), rs.getString("source"),
                rs.getString("envelope_recipient"), SqlValues.instant(rs, "received_at"), rs.getString("from_address"),
                rs.getString("subject"), InboundStatus.valueOf(rs.getString("status")),
                kind == null ? null : InboundKind.valueOf(kind), rs.getString("routed_to"), rs.getString("about_message_id"),
                rs.getString("outcome"), rs.getInt("attempts"), SqlValues.instant(rs, "processed_at"), rs.getString("looked_at_by"),
                SqlValues.instant(rs, "looked_at"));
    }


    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
