package org.fourmiliere.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who changed what and when, for every write that matters: the history of each record, shown on its page.
 * Written in the same transaction as the change, so that a change without its audit line cannot exist.
 * The entity type names a kind of record of the module that writes it (snake_case, a constant of that module);
 * it is not a contract between modules: modules learn of each other's changes through typed events
 * ({@link ModuleEvent}, ADR 0009).
 */
@Component
public class AuditTrail {

    public record Change(String field, String before, String after) {}

    public record Event(long id, String entityType, String entityId, String action, String actor, Instant at,
                        List<Change> changes) {}

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
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
