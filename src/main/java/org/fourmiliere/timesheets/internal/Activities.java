package org.fourmiliere.timesheets.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.ActivityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Activities: client contracts and projects, internal activities, committees and meetings. */
@Service
public class Activities {

    public record NewActivity(String code, String name, ActivityKind kind, Long organisationId, Long bodyId,
                              boolean billable, Long budgetMinutes) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    /** The entity type of activities in the audit trail. */
    public static final String AUDIT_TYPE = "activity";

    private final ApplicationEventPublisher events;

    Activities(JdbcClient jdbc, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    static Activity map(ResultSet rs, int n) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                ActivityKind.valueOf(rs.getString("kind")), (Long) rs.getObject("organisation_id", Long.class),
                rs.getObject("body_id", Long.class), rs.getBoolean("billable"),
                rs.getObject("budget_minutes", Long.class), rs.getBoolean("closed"));
    }

    public List<Activity> all() {
        return jdbc.sql("SELECT * FROM ts_activity ORDER BY closed, code").query(Activities::map).list();
    }

    public List<Activity> open() {
        return jdbc.sql("SELECT * FROM ts_activity WHERE closed = FALSE ORDER BY code").query(Activities::map).list();
    }

    public Optional<Activity> byCode(String code) {
        if (code == null) return Optional.empty();
        return jdbc.sql("SELECT * FROM ts_activity WHERE code = :c").param("c", code.trim()).query(Activities::map).optional();
    }

    public Optional<Activity> byId(long id) {
        return jdbc.sql("SELECT * FROM ts_activity WHERE id = :id").param("id", id).query(Activities::map).optional();
    }

    /** The activities of these ids, by id (in one query). */
    public Map<Long, Activity> byIds(java.util.Collection<Long> ids) {
        Map<Long, Activity> out = new java.util.HashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("SELECT * FROM ts_activity WHERE id IN (:ids)").param("ids", List.copyOf(ids))
                .query(Activities::map).list().forEach(a -> out.put(a.id(), a));
        return out;
    }

    public Optional<Activity> byBody(long bodyId) {
        return jdbc.sql("SELECT * FROM ts_activity WHERE body_id = :b ORDER BY id").param("b", bodyId)
                .query(Activities::map).stream().findFirst();
    }

    public Activity require(String code) {
        if (code == null || code.isBlank()) throw new Problems.InvalidInput("activity", "time.activity.required");
        return byCode(code).orElseThrow(() -> new Problems.InvalidInput("activity", "time.activity.unknown", code));
    }

    @Transactional
    public Activity create(NewActivity a) {
        String code = a.code() == null ? "" : a.code().trim();
        String name = a.name() == null || a.name().isBlank() ? code : a.name().trim();
        if (code.isEmpty() || code.length() > 80) throw new Problems.InvalidInput("code", "time.activity.code.invalid");
        if (name.length() > 200) throw new Problems.InvalidInput("name", "time.activity.name.invalid");
        if (a.kind() == null) throw new Problems.InvalidInput("kind", "time.activity.kind.invalid");
        if (a.budgetMinutes() != null && a.budgetMinutes() < 0) throw new Problems.InvalidInput("budgetHours", "time.activity.budget.invalid");
        if (byCode(code).isPresent()) throw new Problems.Conflict("code", "time.activity.code.taken", code);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ts_activity (code, name, kind, organisation_id, body_id, billable, budget_minutes, closed, created_at)
                VALUES (:code, :name, :kind, :org, :body, :billable, :budget, FALSE, :now)""")
            .param("code", code).param("name", name).param("kind", a.kind().name()).param("org", a.organisationId())
            .param("body", a.bodyId()).param("billable", a.billable()).param("budget", a.budgetMinutes())
            .param("now", Timestamp.from(Instant.now(clock))).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AUDIT_TYPE, id, "created", null, fields(code, name, a.kind(), a.billable(), a.budgetMinutes(), false));
        events.publishEvent(new ActivityChanged(id, code));
        return byId(id).orElseThrow();
    }

    @Transactional
    public Activity update(long id, String name, boolean billable, Long budgetMinutes, boolean closed) {
        Activity before = byId(id).orElseThrow(() -> new Problems.NotFound("time.activity.not-found"));
        String n = name == null || name.isBlank() ? before.name() : name.trim();
        if (n.length() > 200) throw new Problems.InvalidInput("name", "time.activity.name.invalid");
        if (budgetMinutes != null && budgetMinutes < 0) throw new Problems.InvalidInput("budgetHours", "time.activity.budget.invalid");
        jdbc.sql("UPDATE ts_activity SET name = :n, billable = :b, budget_minutes = :m, closed = :c WHERE id = :id")
                .param("n", n).param("b", billable).param("m", budgetMinutes).param("c", closed).param("id", id).update();
        audit.record(AUDIT_TYPE, id, "updated",
                fields(before.code(), before.name(), before.kind(), before.billable(), before.budgetMinutes(), before.closed()),
                fields(before.code(), n, before.kind(), billable, budgetMinutes, closed));
        events.publishEvent(new ActivityChanged(id, before.code()));
        return byId(id).orElseThrow();
    }

    private static Map<String, Object> fields(String code, String name, ActivityKind kind, boolean billable, Long budget,
                                              boolean closed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("kind", kind);
        m.put("billable", billable);
        m.put("budgetMinutes", budget);
        m.put("closed", closed);
        return m;
    }
}
