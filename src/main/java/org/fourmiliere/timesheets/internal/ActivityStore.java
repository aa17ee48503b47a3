package org.fourmiliere.timesheets.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fourmiliere.timesheets.ActivityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The SQL of activities ({@code ts_activity}). */
@Component
class ActivityStore {

    private static final String SELECT = """
            SELECT id, code, name, kind, organisation_id, body_id, billable, budget_minutes, closed FROM ts_activity
            """;

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Activity map(ResultSet rs, int n) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                ActivityKind.valueOf(rs.getString("kind")), rs.getObject("organisation_id", Long.class),
                rs.getObject("body_id", Long.class), rs.getBoolean("billable"),
                rs.getObject("budget_minutes", Long.class), rs.getBoolean("closed"));
    }

    /** Open ones first, by code. */
    List<Activity> all() {
        return jdbc.sql(SELECT + " ORDER BY closed, code").query(ActivityStore::map).list();
    }

    List<Activity> open() {
        return jdbc.sql(SELECT + " WHERE closed = FALSE ORDER BY code").query(ActivityStore::map).list();
    }

    Optional<Activity> byCode(String code) {
        return jdbc.sql(SELECT + " WHERE code = :c").param("c", code).query(ActivityStore::map).optional();
    }

    Optional<Activity> byId(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ActivityStore::map).optional();
    }

    List<Activity> byIds(Collection<Long> ids) {
        return jdbc.sql(SELECT + " WHERE id IN (:ids)").param("ids", List.copyOf(ids)).query(ActivityStore::map).list();
    }

    /** The first activity made for a body. */
    Optional<Activity> byBody(long bodyId) {
        return jdbc.sql(SELECT + " WHERE body_id = :b ORDER BY id LIMIT 1").param("b", bodyId)
                .query(ActivityStore::map).optional();
    }

    long insert(String code, String name, ActivityKind kind, Long organisationId, Long bodyId, boolean billable,
                Long budgetMinutes, Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ts_activity (code, name, kind, organisation_id, body_id, billable, budget_minutes, closed, created_at)
                VALUES (:code, :name, :kind, :org, :body, :billable, :budget, FALSE, :now)""")
            .param("code", code).param("name", name).param("kind", kind.name()).param("org", organisationId)
            .param("body", bodyId).param("billable", billable).param("budget", budgetMinutes)
            .param("now", Timestamp.from(createdAt)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, String name, boolean billable, Long budgetMinutes, boolean closed) {
        jdbc.sql("UPDATE ts_activity SET name = :n, billable = :b, budget_minutes = :m, closed = :c WHERE id = :id")
                .param("n", name).param("b", billable).param("m", budgetMinutes).param("c", closed).param("id", id).update();
    }
}
