package org.fourmiliere.governance.internal.quick;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fourmiliere.governance.internal.quick.QuickDecision.Answer;
import org.fourmiliere.governance.internal.quick.QuickDecision.Status;
import org.fourmiliere.governance.internal.quick.QuickDecision.Via;
import org.fourmiliere.shared.MoneySql;
import org.fourmiliere.shared.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the quick decisions, their answers and their mail: SQL only (rules in {@link QuickDecision}). */
@Repository
class QuickDecisionStore {

    private static final String COLUMNS = "id, body_id, title, text, amount, amount_currency, proposer_id, proposed_at, "
            + "reminder_at, deadline, status, via, source_message_id, source_inbound_id, reminded_at, closed_at, vetoed_by, "
            + "decision_id, meeting_id";
    private static final String ANSWER_COLUMNS = "id, quick_decision_id, person_id, answer, reason, answered_at, via, inbound_id";
    private static final String MAIL_COLUMNS = "id, quick_decision_id, step, person_id, message_id, queued_at";

    /** One message sent for a step of a proposal. */
    record MailRow(long id, long quickDecisionId, String step, Long personId, String messageId, Instant queuedAt) {}

    private final JdbcClient jdbc;

    QuickDecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long bodyId, String title, String text, org.fourmiliere.shared.Money amount, long proposerId,
                Instant at, QuickDecision.Times times, Via via, String sourceMessageId, Long sourceInboundId) {
        var keys = new GeneratedKeyHolder();
        MoneySql.bind(jdbc.sql("""
                        INSERT INTO quick_decision (body_id, title, text, amount, amount_currency, proposer_id, proposed_at,
                          reminder_at, deadline, status, via, source_message_id, source_inbound_id)
                        VALUES (:body, :title, :text, :amount, :currency, :proposer, :at, :reminder, :deadline, 'OPEN', :via,
                          :source, :inbound)""")
                        .param("body", bodyId).param("title", title).param("text", text), "amount", "currency", amount)
                .param("proposer", proposerId).param("at", Timestamp.from(at))
                .param("reminder", Timestamp.from(times.reminderAt())).param("deadline", Timestamp.from(times.deadline()))
                .param("via", via.name()).param("source", sourceMessageId).param("inbound", sourceInboundId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<QuickDecision> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM quick_decision WHERE id = :id").param("id", id)
                .query(QuickDecisionStore::row).optional();
    }

    /** Locks the proposal's row until the transaction ends, then reads it. */
    Optional<QuickDecision> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM quick_decision WHERE id = :id FOR UPDATE").param("id", id)
                .query(QuickDecisionStore::row).optional();
    }

    /** The quick decision behind each of these decisions of the register: decision → quick decision. */
    java.util.Map<Long, Long> ofDecisions(Collection<Long> decisionIds) {
        java.util.Map<Long, Long> result = new java.util.HashMap<>();
        if (decisionIds.isEmpty()) return result;
        jdbc.sql("SELECT decision_id, id FROM quick_decision WHERE decision_id IN (:ids)").param("ids", decisionIds)
                .query((rs, n) -> result.put(rs.getLong(1), rs.getLong(2))).list();
        return result;
    }

    List<QuickDecision> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM quick_decision WHERE status = 'OPEN' ORDER BY deadline, id")
                .query(QuickDecisionStore::row).list();
    }

    /** The closed proposals (of one status, or both), latest first, at most {@code limit}. */
    List<QuickDecision> closed(Status status, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM quick_decision WHERE status <> 'OPEN'"
                        + (status == null ? "" : " AND status = :status") + " ORDER BY closed_at DESC, id DESC LIMIT :limit")
                .params(status == null ? java.util.Map.of("limit", limit) : java.util.Map.of("limit", limit, "status", status.name()))
                .query(QuickDecisionStore::row).list();
    }

    /** The open proposals whose deadline has passed, oldest first. */
    List<Long> dueForAdoption(Instant now) {
        return jdbc.sql("SELECT id FROM quick_decision WHERE status = 'OPEN' AND deadline <= :now ORDER BY deadline, id")
                .param("now", Timestamp.from(now)).query(Long.class).list();
    }

    /** The open proposals not yet reminded whose moment of reminder has come. */
    List<Long> dueForReminder(Instant now) {
        return jdbc.sql("""
                        SELECT id FROM quick_decision WHERE status = 'OPEN' AND reminded_at IS NULL AND reminder_at <= :now
                          AND deadline > :now ORDER BY reminder_at, id""")
                .param("now", Timestamp.from(now)).query(Long.class).list();
    }

    /** Marks it reminded, if it was not: whether this call did. */
    boolean markReminded(long id, Instant at) {
        return jdbc.sql("UPDATE quick_decision SET reminded_at = :at WHERE id = :id AND reminded_at IS NULL AND status = 'OPEN'")
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** Closes an open proposal: whether this call did. */
    boolean close(long id, Status status, Instant at, Long vetoedBy, Long decisionId, Long meetingId) {
        return jdbc.sql("""
                        UPDATE quick_decision SET status = :status, closed_at = :at, vetoed_by = :vetoedBy,
                          decision_id = :decision, meeting_id = :meeting WHERE id = :id AND status = 'OPEN'""")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("vetoedBy", vetoedBy)
                .param("decision", decisionId).param("meeting", meetingId).param("id", id).update() == 1;
    }

    long insertAnswer(long quickDecisionId, long personId, Answer answer, String reason, Instant at, Via via, Long inboundId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO quick_decision_answer (quick_decision_id, person_id, answer, reason, answered_at, via, inbound_id)
                        VALUES (:qd, :person, :answer, :reason, :at, :via, :inbound)""")
                .param("qd", quickDecisionId).param("person", personId).param("answer", answer.name())
                .param("reason", reason).param("at", Timestamp.from(at)).param("via", via.name()).param("inbound", inboundId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<QuickAnswer> answers(long quickDecisionId) {
        return jdbc.sql("SELECT " + ANSWER_COLUMNS + " FROM quick_decision_answer WHERE quick_decision_id = :qd ORDER BY answered_at, id")
                .param("qd", quickDecisionId).query(QuickDecisionStore::answer).list();
    }

    /** The persons who answered, for each of these proposals. */
    List<QuickAnswer> answers(Collection<Long> quickDecisionIds) {
        if (quickDecisionIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT " + ANSWER_COLUMNS + " FROM quick_decision_answer WHERE quick_decision_id IN (:qd) ORDER BY answered_at, id")
                .param("qd", quickDecisionIds).query(QuickDecisionStore::answer).list();
    }

    void insertMail(long quickDecisionId, String step, Long personId, String messageId, Instant at) {
        jdbc.sql("""
                        INSERT INTO quick_decision_mail (quick_decision_id, step, person_id, message_id, queued_at)
                        VALUES (:qd, :step, :person, :message, :at)""")
                .param("qd", quickDecisionId).param("step", step).param("person", personId).param("message", messageId)
                .param("at", Timestamp.from(at)).update();
    }

    /** The step of ours a message was sent for, if it is one of ours. */
    Optional<String> stepOfMail(String messageId) {
        return jdbc.sql("SELECT step FROM quick_decision_mail WHERE message_id = :m").param("m", messageId)
                .query(String.class).optional();
    }

    boolean mailKnown(String messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM quick_decision_mail WHERE message_id = :m").param("m", messageId)
                .query(Long.class).single() > 0;
    }

    List<MailRow> mails(long quickDecisionId) {
        return jdbc.sql("SELECT " + MAIL_COLUMNS + " FROM quick_decision_mail WHERE quick_decision_id = :qd ORDER BY queued_at, id")
                .param("qd", quickDecisionId).query(QuickDecisionStore::mail).list();
    }

    /**
     * The proposal that one of these messages (by {@code Message-ID}: ours for a step, or the e-mail that proposed it)
     * was about, the first of the list that is known deciding (a reply's closest message comes first).
     */
    Optional<Long> proposalOfMail(List<String> messageIds) {
        if (messageIds.isEmpty()) return Optional.empty();
        java.util.Map<String, Long> known = new java.util.HashMap<>();
        jdbc.sql("SELECT message_id, quick_decision_id FROM quick_decision_mail WHERE message_id IN (:ids)")
                .param("ids", messageIds).query((rs, n) -> known.putIfAbsent(rs.getString(1), rs.getLong(2))).list();
        jdbc.sql("SELECT source_message_id, id FROM quick_decision WHERE source_message_id IN (:ids)")
                .param("ids", messageIds).query((rs, n) -> known.putIfAbsent(rs.getString(1), rs.getLong(2))).list();
        return messageIds.stream().filter(known::containsKey).map(known::get).findFirst();
    }

    private static QuickDecision row(ResultSet rs, int n) throws SQLException {
        return new QuickDecision(rs.getLong("id"), rs.getLong("body_id"), rs.getString("title"), rs.getString("text"),
                MoneySql.read(rs, "amount", "amount_currency"), rs.getLong("proposer_id"), SqlValues.instant(rs, "proposed_at"),
                SqlValues.instant(rs, "reminder_at"), SqlValues.instant(rs, "deadline"), Status.valueOf(rs.getString("status")),
                Via.valueOf(rs.getString("via")), rs.getString("source_message_id"), SqlValues.longOrNull(rs, "source_inbound_id"),
                SqlValues.instant(rs, "reminded_at"), SqlValues.instant(rs, "closed_at"), SqlValues.longOrNull(rs, "vetoed_by"),
                SqlValues.longOrNull(rs, "decision_id"), SqlValues.longOrNull(rs, "meeting_id"));
    }

    private static QuickAnswer answer(ResultSet rs, int n) throws SQLException {
        return new QuickAnswer(rs.getLong("id"), rs.getLong("quick_decision_id"), rs.getLong("person_id"),
                Answer.valueOf(rs.getString("answer")), rs.getString("reason"), SqlValues.instant(rs, "answered_at"),
                Via.valueOf(rs.getString("via")), SqlValues.longOrNull(rs, "inbound_id"));
    }

    private static MailRow mail(ResultSet rs, int n) throws SQLException {
        return new MailRow(rs.getLong("id"), rs.getLong("quick_decision_id"), rs.getString("step"),
                SqlValues.longOrNull(rs, "person_id"), rs.getString("message_id"), SqlValues.instant(rs, "queued_at"));
    }


}
