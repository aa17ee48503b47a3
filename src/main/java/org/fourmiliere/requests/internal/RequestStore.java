package org.fourmiliere.requests.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every table of requests: SQL only, no rules (see {@link Ticket}). */
@Repository
class RequestStore {

    private static final String QUEUE_COLUMNS = "id, code, name_fr, name_en, role_code, first_response_minutes, "
            + "resolution_minutes, auto_ack, level, escalation_queue_id, activity_code";
    private static final String TICKET_COLUMNS = "t.id, t.subject, t.queue_id, t.owner_id, t.status, t.priority, t.due_on, "
            + "t.tags, t.language, t.created_at, t.updated_at, t.first_response_at, t.first_response_seconds, t.resolved_at, "
            + "t.reopened_at, t.clock_seconds, t.clock_since, t.sla_announced, t.merged_into";
    private static final String MESSAGE_COLUMNS = "id, ticket_id, kind, author_id, from_address, body_text, body_html, "
            + "message_id, inbound_id, minutes_worked, created_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RequestStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ------------------------------------------------------------------ queues

    List<Queue> queues() {
        Map<Long, List<String>> addresses = new HashMap<>();
        jdbc.sql("SELECT address, queue_id FROM request_queue_address ORDER BY address").query((rs, n) -> {
            addresses.computeIfAbsent(rs.getLong("queue_id"), k -> new ArrayList<>()).add(rs.getString("address"));
            return null;
        }).list();
        return jdbc.sql("SELECT " + QUEUE_COLUMNS + " FROM request_queue ORDER BY level, code")
                .query((rs, n) -> queue(rs, addresses.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    Set<String> addresses() {
        return new HashSet<>(jdbc.sql("SELECT address FROM request_queue_address").query(String.class).list());
    }

    long insertQueue(String code, String nameFr, String nameEn, String roleCode, Integer firstResponse, Integer resolution,
                     boolean autoAck, int level, Long escalation, String activityCode) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO request_queue (code, name_fr, name_en, role_code, first_response_minutes, resolution_minutes,
                  auto_ack, level, escalation_queue_id, activity_code)
                VALUES (:code, :fr, :en, :role, :first, :resolution, :ack, :level, :esc, :activity)""")
                .param("code", code).param("fr", nameFr).param("en", nameEn).param("role", roleCode)
                .param("first", firstResponse).param("resolution", resolution).param("ack", autoAck).param("level", level)
                .param("esc", escalation).param("activity", activityCode).update(keys, "id");
        return keys.getKey().longValue();
    }

    void addAddress(long queueId, String address) {
        jdbc.sql("INSERT INTO request_queue_address (address, queue_id) VALUES (:a, :q)").param("a", address)
                .param("q", queueId).update();
    }

    // ------------------------------------------------------------------ tickets

    long insertTicket(Ticket t, String sourceMessageId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ticket (subject, queue_id, owner_id, status, priority, due_on, tags, language, created_at,
                  updated_at, clock_seconds, clock_since, source_message_id)
                VALUES (:subject, :queue, :owner, :status, :priority, :due, :tags, :language, :created, :updated, :seconds,
                  :since, :source)""")
                .param("subject", t.subject()).param("queue", t.queueId()).param("owner", t.ownerId())
                .param("status", t.status().name()).param("priority", t.priority())
                .param("due", t.dueOn() == null ? null : Date.valueOf(t.dueOn())).param("tags", t.tags())
                .param("language", t.language()).param("created", ts(t.createdAt())).param("updated", ts(t.updatedAt()))
                .param("seconds", t.clockSeconds()).param("since", ts(t.clockSince())).param("source", sourceMessageId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(Ticket t) {
        jdbc.sql("""
                UPDATE ticket SET subject = :subject, queue_id = :queue, owner_id = :owner, status = :status,
                  priority = :priority, due_on = :due, tags = :tags, updated_at = :updated,
                  first_response_at = :fra, first_response_seconds = :frs, resolved_at = :resolved,
                  reopened_at = :reopened, clock_seconds = :seconds, clock_since = :since, sla_announced = :announced,
                  merged_into = :merged
                WHERE id = :id""")
                .param("subject", t.subject()).param("queue", t.queueId()).param("owner", t.ownerId())
                .param("status", t.status().name()).param("priority", t.priority())
                .param("due", t.dueOn() == null ? null : Date.valueOf(t.dueOn())).param("tags", t.tags())
                .param("updated", ts(t.updatedAt())).param("fra", ts(t.firstResponseAt()))
                .param("frs", t.firstResponseSeconds()).param("resolved", ts(t.resolvedAt()))
                .param("reopened", ts(t.reopenedAt())).param("seconds", t.clockSeconds()).param("since", ts(t.clockSince()))
                .param("announced", t.slaAnnounced()).param("merged", t.mergedInto()).param("id", t.id()).update();
    }

    /** Locks the ticket's row until the transaction ends. */
    Optional<Ticket> lock(long id) {
        return jdbc.sql("SELECT " + TICKET_COLUMNS + " FROM ticket t WHERE t.id = :id FOR UPDATE").param("id", id)
                .query(RequestStore::ticket).optional();
    }

    Optional<Ticket> ticket(long id) {
        return jdbc.sql("SELECT " + TICKET_COLUMNS + " FROM ticket t WHERE t.id = :id").param("id", id)
                .query(RequestStore::ticket).optional();
    }

    Optional<Long> ticketBySource(String messageId) {
        return jdbc.sql("SELECT id FROM ticket WHERE source_message_id = :m").param("m", messageId).query(Long.class).optional();
    }

    /** The ticket of the latest of its messages that has one of these {@code Message-ID}s. */
    Optional<Long> ticketByMessageIds(Collection<String> messageIds) {
        if (messageIds.isEmpty()) return Optional.empty();
        return jdbc.sql("SELECT ticket_id FROM ticket_message WHERE message_id IN (:ids) ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param("ids", messageIds).query(Long.class).optional();
    }

    /**
     * Tickets by filters, newest first; {@code viewer} restricts to those where that address or person, or one of
     * {@code viewerOrganisations} (addresses of the organisations the viewer represents), is a party ({@code null}:
     * every ticket), {@code ids} to a set.
     */
    List<Ticket> list(Long queueId, Collection<String> statuses, Long ownerId, boolean unowned, String viewerAddress,
                      Long viewerPerson, Collection<String> viewerOrganisations, Collection<Long> ids, int limit) {
        return find(null, false, queueId, statuses, ownerId, unowned, null, viewerAddress, viewerPerson, viewerOrganisations, ids, limit);
    }

    /** As {@link #list}, of the tickets having the tag {@code tag} (a normalised tag) when it is not null. */
    List<Ticket> tagged(Long queueId, Collection<String> statuses, Long ownerId, boolean unowned, String tag,
                        String viewerAddress, Long viewerPerson, Collection<String> viewerOrganisations, int limit) {
        return find(null, false, queueId, statuses, ownerId, unowned, tag, viewerAddress, viewerPerson, viewerOrganisations, null, limit);
    }

    /**
     * Tickets having every search term (public terms only when {@code publicOnly}) and the filters, newest first: one
     * index probe per term and ticket ({@code ticket_term}'s key starts with the term), so the newest matches come
     * first without reading every match of a common word.
     */
    List<Ticket> search(Collection<String> terms, boolean publicOnly, Long queueId, Collection<String> statuses, Long ownerId,
                        boolean unowned, String tag, String viewerAddress, Long viewerPerson,
                        Collection<String> viewerOrganisations, int limit) {
        if (terms.isEmpty()) return List.of();
        return find(List.copyOf(terms), publicOnly, queueId, statuses, ownerId, unowned, tag, viewerAddress, viewerPerson,
                viewerOrganisations, null, limit);
    }

    private List<Ticket> find(List<String> terms, boolean publicOnly, Long queueId, Collection<String> statuses, Long ownerId,
                              boolean unowned, String tag, String viewerAddress, Long viewerPerson,
                              Collection<String> viewerOrganisations, Collection<Long> ids, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + TICKET_COLUMNS + " FROM ticket t WHERE t.merged_into IS NULL");
        Map<String, Object> params = new HashMap<>();
        if (queueId != null) { sql.append(" AND t.queue_id = :queue"); params.put("queue", queueId); }
        if (tag != null) {
            // tags are kept separated by single spaces: the tag between two spaces, LIKE's wildcards escaped
            sql.append(" AND (' ' || t.tags || ' ') LIKE :tag ESCAPE '\\'");
            params.put("tag", "% " + tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %");
        }
        if (statuses != null && !statuses.isEmpty()) { sql.append(" AND t.status IN (:statuses)"); params.put("statuses", statuses); }
        if (ownerId != null) { sql.append(" AND t.owner_id = :owner"); params.put("owner", ownerId); }
        if (unowned) sql.append(" AND t.owner_id IS NULL");
        if (viewerAddress != null) {
            boolean organisations = viewerOrganisations != null && !viewerOrganisations.isEmpty();
            sql.append(" AND EXISTS (SELECT 1 FROM ticket_party p WHERE p.ticket_id = t.id AND (p.address = :viewer")
                    .append(viewerPerson == null ? "" : " OR p.person_id = :person")
                    .append(organisations ? " OR p.address IN (:organisations)" : "").append("))");
            params.put("viewer", viewerAddress);
            if (viewerPerson != null) params.put("person", viewerPerson);
            if (organisations) params.put("organisations", viewerOrganisations);
        }
        if (ids != null) {
            if (ids.isEmpty()) return List.of();
            sql.append(" AND t.id IN (:ids)");
            params.put("ids", ids);
        }
        if (terms != null) {
            for (int i = 0; i < terms.size(); i++) {
                sql.append(" AND EXISTS (SELECT 1 FROM ticket_term k").append(i).append(" WHERE k").append(i)
                        .append(".term = :term").append(i).append(" AND k").append(i).append(".ticket_id = t.id")
                        .append(publicOnly ? " AND k" + i + ".public_term = TRUE" : "").append(")");
                params.put("term" + i, terms.get(i));
            }
        }
        sql.append(" ORDER BY t.id DESC FETCH FIRST ").append(Math.max(1, Math.min(limit, 1000))).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(RequestStore::ticket).list();
    }

    /** The tickets whose clock runs in queues with a target: what the service-target job looks at. */
    List<Ticket> running() {
        return jdbc.sql("SELECT " + TICKET_COLUMNS + " FROM ticket t JOIN request_queue q ON q.id = t.queue_id "
                        + "WHERE t.status IN ('NEW', 'OPEN') AND t.merged_into IS NULL "
                        + "AND (t.sla_announced IS NULL OR t.sla_announced <> 'BREACHED') "
                        + "AND (q.first_response_minutes IS NOT NULL OR q.resolution_minutes IS NOT NULL) ORDER BY t.id")
                .query(RequestStore::ticket).list();
    }

    /** Tickets still to be done whose due date is before {@code today}, the longest overdue first. */
    List<Ticket> pastDue(LocalDate today, int limit) {
        return jdbc.sql("SELECT " + TICKET_COLUMNS + " FROM ticket t WHERE t.due_on < :today "
                        + "AND t.status IN ('NEW', 'OPEN', 'WAITING') AND t.merged_into IS NULL "
                        + "ORDER BY t.due_on, t.id FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY")
                .param("today", Date.valueOf(today)).query(RequestStore::ticket).list();
    }

    List<Ticket> oldestRunning(int limit) {
        return jdbc.sql("SELECT " + TICKET_COLUMNS + " FROM ticket t WHERE t.status IN ('NEW', 'OPEN') AND t.merged_into IS NULL "
                        + "ORDER BY t.clock_since, t.id FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY")
                .query(RequestStore::ticket).list();
    }

    // ------------------------------------------------------------------ parties

    List<Party> parties(long ticketId) {
        return jdbc.sql("SELECT ticket_id, address, role, person_id, name FROM ticket_party WHERE ticket_id = :t ORDER BY role DESC, address")
                .param("t", ticketId).query(RequestStore::party).list();
    }

    Map<Long, List<Party>> parties(Collection<Long> ticketIds) {
        Map<Long, List<Party>> out = new HashMap<>();
        if (ticketIds.isEmpty()) return out;
        jdbc.sql("SELECT ticket_id, address, role, person_id, name FROM ticket_party WHERE ticket_id IN (:t) ORDER BY role DESC, address")
                .param("t", ticketIds).query(RequestStore::party).list()
                .forEach(p -> out.computeIfAbsent(p.ticketId(), k -> new ArrayList<>()).add(p));
        return out;
    }

    void addParty(long ticketId, String address, String role, Long personId, String name) {
        jdbc.sql("""
                INSERT INTO ticket_party (ticket_id, address, role, person_id, name)
                SELECT :t, :a, :r, :p, :n WHERE NOT EXISTS (SELECT 1 FROM ticket_party WHERE ticket_id = :t AND address = :a)""")
                .param("t", ticketId).param("a", address).param("r", role).param("p", personId).param("n", name).update();
    }

    // ------------------------------------------------------------------ messages

    long insertMessage(long ticketId, String kind, Long authorId, String from, String text, String html, String messageId,
                       Long inboundId, Integer minutes, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ticket_message (ticket_id, kind, author_id, from_address, body_text, body_html, message_id,
                  inbound_id, minutes_worked, created_at)
                VALUES (:t, :kind, :author, :from, :text, :html, :mid, :inbound, :minutes, :at)""")
                .param("t", ticketId).param("kind", kind).param("author", authorId).param("from", from).param("text", text)
                .param("html", html).param("mid", messageId).param("inbound", inboundId).param("minutes", minutes)
                .param("at", ts(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void setMessageId(long messageRowId, String messageId) {
        jdbc.sql("UPDATE ticket_message SET message_id = :m WHERE id = :id").param("m", messageId).param("id", messageRowId).update();
    }

    List<TicketMessage> messages(long ticketId) {
        return jdbc.sql("SELECT " + MESSAGE_COLUMNS + " FROM ticket_message WHERE ticket_id = :t ORDER BY id")
                .param("t", ticketId).query(RequestStore::message).list();
    }

    /** The {@code Message-ID}s of a ticket's mail, oldest first: the thread a reply references. */
    List<String> thread(long ticketId) {
        return jdbc.sql("SELECT message_id FROM ticket_message WHERE ticket_id = :t AND message_id IS NOT NULL "
                        + "AND kind <> 'COMMENT' ORDER BY id").param("t", ticketId).query(String.class).list();
    }

    void moveMessages(long from, long to) {
        jdbc.sql("UPDATE ticket_message SET ticket_id = :to WHERE ticket_id = :from").param("to", to).param("from", from).update();
    }

    long insertAttachment(long messageRowId, String filename, String contentType, byte[] content) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ticket_attachment (message_id, filename, content_type, size_bytes, content) "
                        + "VALUES (:m, :f, :c, :s, :b)")
                .param("m", messageRowId).param("f", filename).param("c", contentType).param("s", (long) content.length)
                .param("b", content).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<AttachmentRow> attachments(long ticketId) {
        return jdbc.sql("""
                SELECT a.id, a.message_id, a.filename, a.content_type, a.size_bytes FROM ticket_attachment a
                JOIN ticket_message m ON m.id = a.message_id WHERE m.ticket_id = :t ORDER BY a.id""")
                .param("t", ticketId).query((rs, n) -> new AttachmentRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5))).list();
    }

    Optional<AttachmentContent> attachment(long id) {
        return jdbc.sql("""
                SELECT m.ticket_id, m.kind, a.filename, a.content_type, a.content FROM ticket_attachment a
                JOIN ticket_message m ON m.id = a.message_id WHERE a.id = :id""")
                .param("id", id).query((rs, n) -> new AttachmentContent(rs.getLong(1), "COMMENT".equals(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getBytes(5))).optional();
    }

    // ------------------------------------------------------------------ links and transactions

    /** Adds the link unless it exists; the number of rows added (0 or 1). */
    int link(long ticketId, String kind, long otherId) {
        return jdbc.sql("""
                INSERT INTO ticket_link (ticket_id, kind, other_id) SELECT :t, :k, :o
                WHERE NOT EXISTS (SELECT 1 FROM ticket_link WHERE ticket_id = :t AND kind = :k AND other_id = :o)""")
                .param("t", ticketId).param("k", kind).param("o", otherId).update();
    }

    List<Link> links(long ticketId) {
        return jdbc.sql("SELECT kind, other_id FROM ticket_link WHERE ticket_id = :t ORDER BY kind, other_id")
                .param("t", ticketId).query((rs, n) -> new Link(rs.getString(1), rs.getLong(2))).list();
    }

    void record(long ticketId, Instant at, String actor, String action, String field, String before, String after) {
        jdbc.sql("""
                INSERT INTO ticket_transaction (ticket_id, at, actor, action, field, before_value, after_value)
                VALUES (:t, :at, :actor, :action, :field, :before, :after)""")
                .param("t", ticketId).param("at", ts(at)).param("actor", cut(actor, 320)).param("action", action)
                .param("field", field).param("before", cut(before, 1000)).param("after", cut(after, 1000)).update();
    }

    List<TicketTransaction> transactions(long ticketId) {
        return jdbc.sql("SELECT id, ticket_id, at, actor, action, field, before_value, after_value FROM ticket_transaction "
                        + "WHERE ticket_id = :t ORDER BY id")
                .param("t", ticketId).query((rs, n) -> new TicketTransaction(rs.getLong(1), rs.getLong(2), instant(rs, "at"),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).list();
    }

    // ------------------------------------------------------------------ search terms

    Set<String> terms(long ticketId, boolean publicTerm) {
        return new HashSet<>(jdbc.sql("SELECT term FROM ticket_term WHERE ticket_id = :t AND public_term = :p")
                .param("t", ticketId).param("p", publicTerm).query(String.class).list());
    }

    void addTerms(long ticketId, boolean publicTerm, Collection<String> terms) {
        if (terms.isEmpty()) return;
        List<Object[]> rows = new ArrayList<>();
        for (String t : terms) rows.add(new Object[] {t, ticketId, publicTerm});
        template.batchUpdate("INSERT INTO ticket_term (term, ticket_id, public_term) VALUES (?, ?, ?)", rows);
    }

    void moveTerms(long from, long to) {
        for (boolean p : new boolean[] {true, false}) {
            Set<String> have = terms(to, p);
            List<String> add = terms(from, p).stream().filter(t -> !have.contains(t)).toList();
            addTerms(to, p, add);
        }
    }

    // ------------------------------------------------------------------ senders, portal links, automations

    Optional<Instant> lastAck(String address) {
        return jdbc.sql("SELECT last_ack_at FROM request_sender WHERE address = :a").param("a", address)
                .query((rs, n) -> instant(rs, "last_ack_at")).optional();
    }

    void ensureSender(String address) {
        jdbc.sql("INSERT INTO request_sender (address) SELECT :a WHERE NOT EXISTS (SELECT 1 FROM request_sender WHERE address = :a)")
                .param("a", address).update();
    }

    /** Locks the sender's row (created first if needed): two messages of one sender acknowledge one at a time. */
    void lockSender(String address) {
        ensureSender(address);
        jdbc.sql("SELECT address FROM request_sender WHERE address = :a FOR UPDATE").param("a", address).query(String.class).optional();
    }

    void acked(String address, Instant at) {
        jdbc.sql("UPDATE request_sender SET last_ack_at = :at WHERE address = :a").param("at", ts(at)).param("a", address).update();
    }

    void bounces(String address, int bounces, Instant flaggedAt) {
        ensureSender(address);
        jdbc.sql("UPDATE request_sender SET bounces = :b, flagged_at = COALESCE(flagged_at, :f) WHERE address = :a")
                .param("b", bounces).param("f", ts(flaggedAt)).param("a", address).update();
    }

    Set<String> flagged(Collection<String> addresses) {
        if (addresses.isEmpty()) return Set.of();
        return new HashSet<>(jdbc.sql("SELECT address FROM request_sender WHERE address IN (:a) AND flagged_at IS NOT NULL")
                .param("a", addresses).query(String.class).list());
    }

    /** Our outgoing mail's {@code Message-ID}s sent to requesters since {@code since}, with the address. */
    Map<String, String> outgoingSince(Instant since) {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("""
                SELECT m.message_id, m.from_address FROM ticket_message m
                WHERE m.kind IN ('OUT', 'ACK') AND m.message_id IS NOT NULL AND m.created_at >= :since""")
                .param("since", ts(since)).query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    void insertLink(String hash, String address, Instant at, Instant expires) {
        jdbc.sql("INSERT INTO request_portal_link (token_hash, address, created_at, expires_at) VALUES (:h, :a, :at, :e)")
                .param("h", hash).param("a", address).param("at", ts(at)).param("e", ts(expires)).update();
    }

    /** Uses a link once: the address it was for, if it was unused and not expired. */
    Optional<String> useLink(String hash, Instant now) {
        int n = jdbc.sql("UPDATE request_portal_link SET used_at = :now WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now")
                .param("now", ts(now)).param("h", hash).update();
        if (n == 0) return Optional.empty();
        return jdbc.sql("SELECT address FROM request_portal_link WHERE token_hash = :h").param("h", hash).query(String.class).optional();
    }

    List<Automation> automations(long queueId) {
        return jdbc.sql("SELECT id, queue_id, on_event, action, keyword, priority FROM request_automation WHERE queue_id = :q ORDER BY id")
                .param("q", queueId).query((rs, n) -> new Automation(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, Integer.class))).list();
    }

    long insertAutomation(long queueId, String onEvent, String action, String keyword, Integer priority) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO request_automation (queue_id, on_event, action, keyword, priority) VALUES (:q, :e, :a, :k, :p)")
                .param("q", queueId).param("e", onEvent).param("a", action).param("k", keyword).param("p", priority)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    // ------------------------------------------------------------------ custom fields

    private static final String FIELD_COLUMNS = "id, queue_id, code, label_fr, label_en, kind, choices, required, sort_order";

    List<QueueField> fields(long queueId) {
        return jdbc.sql("SELECT " + FIELD_COLUMNS + " FROM request_queue_field WHERE queue_id = :q ORDER BY sort_order, id")
                .param("q", queueId).query(RequestStore::field).list();
    }

    List<QueueField> fieldsById(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("SELECT " + FIELD_COLUMNS + " FROM request_queue_field WHERE id IN (:ids) ORDER BY queue_id, sort_order, id")
                .param("ids", ids).query(RequestStore::field).list();
    }

    long insertField(QueueField f) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO request_queue_field (queue_id, code, label_fr, label_en, kind, choices, required, sort_order)
                VALUES (:q, :code, :fr, :en, :kind, :choices, :required, :position)""")
                .param("q", f.queueId()).param("code", f.code()).param("fr", f.labelFr()).param("en", f.labelEn())
                .param("kind", f.kind().name()).param("choices", String.join("\n", f.choices()))
                .param("required", f.required()).param("position", f.position()).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A ticket's values by field id. */
    Map<Long, String> fieldValues(long ticketId) {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT field_id, field_value FROM ticket_field_value WHERE ticket_id = :t ORDER BY field_id")
                .param("t", ticketId).query((rs, n) -> out.put(rs.getLong(1), rs.getString(2))).list();
        return out;
    }

    void setFieldValue(long ticketId, long fieldId, String value) {
        int n = jdbc.sql("UPDATE ticket_field_value SET field_value = :v WHERE ticket_id = :t AND field_id = :f")
                .param("v", value).param("t", ticketId).param("f", fieldId).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO ticket_field_value (ticket_id, field_id, field_value) VALUES (:t, :f, :v)")
                    .param("t", ticketId).param("f", fieldId).param("v", value).update();
        }
    }

    void deleteFieldValue(long ticketId, long fieldId) {
        jdbc.sql("DELETE FROM ticket_field_value WHERE ticket_id = :t AND field_id = :f").param("t", ticketId)
                .param("f", fieldId).update();
    }

    // ------------------------------------------------------------------ mapping

    private static QueueField field(ResultSet rs, int n) throws SQLException {
        String choices = rs.getString("choices");
        return new QueueField(rs.getLong("id"), rs.getLong("queue_id"), rs.getString("code"), rs.getString("label_fr"),
                rs.getString("label_en"), QueueField.Kind.valueOf(rs.getString("kind")),
                choices == null || choices.isEmpty() ? List.of() : List.of(choices.split("\n")), rs.getBoolean("required"),
                rs.getInt("sort_order"));
    }

    private static Queue queue(ResultSet rs, List<String> addresses) throws SQLException {
        return new Queue(rs.getLong("id"), rs.getString("code"), rs.getString("name_fr"), rs.getString("name_en"),
                rs.getString("role_code"), rs.getObject("first_response_minutes", Integer.class),
                rs.getObject("resolution_minutes", Integer.class), rs.getBoolean("auto_ack"), rs.getInt("level"),
                rs.getObject("escalation_queue_id", Long.class), rs.getString("activity_code"), List.copyOf(addresses));
    }

    private static Ticket ticket(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate("due_on");
        return new Ticket(rs.getLong("id"), rs.getString("subject"), rs.getLong("queue_id"), rs.getObject("owner_id", Long.class),
                TicketStatus.valueOf(rs.getString("status")), rs.getInt("priority"), due == null ? null : due.toLocalDate(),
                rs.getString("tags"), rs.getString("language"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "first_response_at"), rs.getObject("first_response_seconds", Long.class),
                instant(rs, "resolved_at"), instant(rs, "reopened_at"), rs.getLong("clock_seconds"),
                instant(rs, "clock_since"), rs.getString("sla_announced"), rs.getObject("merged_into", Long.class));
    }

    private static Party party(ResultSet rs, int n) throws SQLException {
        return new Party(rs.getLong("ticket_id"), rs.getString("address"), rs.getString("role"),
                rs.getObject("person_id", Long.class), rs.getString("name"));
    }

    private static TicketMessage message(ResultSet rs, int n) throws SQLException {
        return new TicketMessage(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("kind"),
                rs.getObject("author_id", Long.class), rs.getString("from_address"), rs.getString("body_text"),
                rs.getString("body_html"), rs.getString("message_id"), rs.getObject("inbound_id", Long.class),
                rs.getObject("minutes_worked", Integer.class), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
