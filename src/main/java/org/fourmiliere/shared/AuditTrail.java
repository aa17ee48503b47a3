package org.fourmiliere.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who changed what and when, for every write that matters. Written in the same transaction as the
 * change, so that a change without its audit line cannot exist. Because every change that matters passes
 * here, {@link Listener}s learn of each one once it is committed: that is how what is kept in memory from
 * the records (the statuses of an account, the valid tokens, the locked months) knows when to be read again.
 * On PostgreSQL the other nodes serving the same database are told too ({@link NodeAnnouncements}).
 */
@Component
public class AuditTrail {

    /** The entity type announced when changes may have been missed (a node lost its link to the others). */
    public static final String EVERYTHING = "*";

    /** What is kept in memory from some records: told when changes of them are committed (at once outside a transaction). */
    public interface Listener {
        /** Whether committed changes of this entity type concern this listener. */
        boolean concerns(String entityType);

        /** A change of a concerning entity type (or {@link #EVERYTHING}) was committed, here or on another node. */
        void committed(String entityType);
    }

    public record Change(String field, String before, String after) {}

    public record Event(long id, String entityType, String entityId, String action, String actor, Instant at,
                        List<Change> changes) {}

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final ObjectProvider<Listener> listenerBeans;
    private volatile List<Listener> listeners;
    private final NodeAnnouncements nodes;

    AuditTrail(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, Clock clock,
               ObjectProvider<Listener> listeners, NodeAnnouncements nodes) {
        this.nodes = nodes;
        nodes.deliverTo(this::heard);
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.listenerBeans = listeners;
    }

    /** One audited action: the fields that changed (before → after); equal values are left out. */
    public record Line(String entityType, Object entityId, String action, Map<String, ?> before, Map<String, ?> after) {}

    /** Records an action with the fields that changed (before → after); equal values are left out. */
    public void record(String entityType, Object entityId, String action, Map<String, ?> before, Map<String, ?> after) {
        recordAll(List.of(new Line(entityType, entityId, action, before, after)));
    }

    /** Records several actions of one change in a single round trip to the database. */
    public void recordAll(List<Line> lines) {
        String actor = currentActor();
        Timestamp at = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (Line line : lines) {
            rows.add(new Object[] {line.entityType(), String.valueOf(line.entityId()), line.action(), actor, at,
                    changes(line.before(), line.after())});
        }
        if (rows.size() == 1) {
            Object[] r = rows.getFirst();
            jdbc.sql(INSERT).params(r).update();
        } else {
            jdbcTemplate.batchUpdate(INSERT, rows);
        }
        lines.stream().map(Line::entityType).distinct().forEach(this::announce);
    }

    private static final String INSERT =
            "INSERT INTO audit_event (entity_type, entity_id, action, actor, at, changes) VALUES (?, ?, ?, ?, ?, ?)";

    private static String changes(Map<String, ?> before, Map<String, ?> after) {
        StringBuilder changes = new StringBuilder();
        TreeMap<String, Object> keys = new TreeMap<>();
        if (before != null) before.forEach(keys::put);
        if (after != null) after.forEach(keys::put);
        for (String key : keys.keySet()) {
            String b = before == null ? null : str(before.get(key));
            String a = after == null ? null : str(after.get(key));
            if (java.util.Objects.equals(a, b)) continue;
            changes.append(escape(key)).append('\t').append(escape(b)).append('\t').append(escape(a)).append('\n');
        }
        return changes.toString();
    }

    private void announce(String entityType) {
        List<Listener> told = listeners().stream().filter(l -> l.concerns(entityType)).toList();
        if (told.isEmpty()) return;
        nodes.tellOthers(entityType);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    told.forEach(l -> l.committed(entityType));
                }
            });
        } else {
            told.forEach(l -> l.committed(entityType));
        }
    }

    /** A change committed on another node (or {@link #EVERYTHING}). */
    void heard(String entityType) {
        for (Listener l : listeners()) {
            if (EVERYTHING.equals(entityType) || l.concerns(entityType)) l.committed(entityType);
        }
    }

    private List<Listener> listeners() {
        List<Listener> l = listeners;
        if (l == null) listeners = l = listenerBeans.orderedStream().toList();
        return l;
    }

    /** The history of one record, newest first. */
    public List<Event> history(String entityType, Object entityId) {
        return jdbc.sql("""
                SELECT id, entity_type, entity_id, action, actor, at, changes FROM audit_event
                WHERE entity_type = :type AND entity_id = :id ORDER BY at DESC, id DESC""")
            .param("type", entityType).param("id", String.valueOf(entityId))
            .query((rs, n) -> new Event(rs.getLong("id"), rs.getString("entity_type"), rs.getString("entity_id"),
                    rs.getString("action"), rs.getString("actor"), rs.getTimestamp("at").toInstant(),
                    parse(rs.getString("changes"))))
            .list();
    }

    /** The name of whoever acts now: the signed-in account's e-mail, or "system". */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth.getName() == null ? "system" : auth.getName();
    }

    private static List<Change> parse(String text) {
        if (text == null || text.isEmpty()) return List.of();
        return text.lines().map(line -> line.split("\t", -1))
                .map(p -> new Change(unescape(p[0]), unescape(p[1]), unescape(p[2])))
                .collect(Collectors.toList());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String escape(String s) {
        if (s == null) return "\\0";
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        if ("\\0".equals(s)) return null;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
